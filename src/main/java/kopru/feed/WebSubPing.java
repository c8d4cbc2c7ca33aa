package kopru.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kopru.platform.KopruConfig;
import org.jboss.logging.Logger;

/**
 * Sends the pings {@link WebSubPings} recorded, so that subscribers hear of a change at once instead of at their
 * next poll. Each due ping is claimed for a lease (a conditional UPDATE only one node wins) and sent outside any
 * transaction; accepted, it is removed; refused or unreachable, it is tried again with a doubling delay, and
 * dropped with a warning after {@link #MAX_ATTEMPTS} (the feeds stay correct and pollers still see the change).
 * A node that dies mid-send leaves the ping to another once the lease passes.
 */
@ApplicationScoped
class WebSubPing {
    private static final Logger LOG = Logger.getLogger(WebSubPing.class);
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Longer than a send may take (connect plus request timeout). */
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    KopruConfig config;
    @Inject
    InstantSource clock;

    private record Claimed(long id, String feed, int changes, int attempts) {
    }

    /** 5 s after the first failure, doubling up to an hour: about 85 minutes in all before a ping is dropped. */
    static Duration retryDelay(int attempts) {
        Duration delay = Duration.ofSeconds(5L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        config.websubHub().ifPresent(hub -> {
            List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
            List<CompletableFuture<String>> sends = new ArrayList<>();
            for (Claimed ping : claimed) {
                sends.add(send(hub, ping.feed()).handle((status, failure) ->
                        failure != null ? String.valueOf(failure.getCause() != null ? failure.getCause() : failure)
                                : status >= 300 ? "HTTP " + status : null));
            }
            // settled one by one on this thread: short transactions that do not contend with each other
            for (int i = 0; i < claimed.size(); i++) {
                Claimed ping = claimed.get(i);
                String problem = sends.get(i).join();
                try {
                    QuarkusTransaction.requiringNew().run(() -> settle(ping, hub, problem));
                } catch (RuntimeException e) {
                    LOG.warnf("WebSub ping of %s not settled (%s): sent again when its lease passes", ping.feed(), e.getMessage());
                }
            }
        });
    }

    private List<Claimed> claimDue() {
        OffsetDateTime now = now();
        List<OwedPing> due = OwedPing.<OwedPing>find("nextAttemptAt <= ?1 and (claimedUntil is null or claimedUntil < ?1) order by nextAttemptAt", now)
                .page(0, BATCH).list();
        List<Claimed> claimed = new ArrayList<>();
        for (OwedPing ping : due) {
            int won = OwedPing.update("claimedUntil = ?1 where id = ?2 and changes = ?3 and (claimedUntil is null or claimedUntil < ?4)",
                    now.plus(LEASE), ping.id, ping.changes, now);
            if (won == 1) {
                claimed.add(new Claimed(ping.id, ping.feedUrl, ping.changes, ping.attempts));
            }
        }
        return claimed;
    }

    private CompletableFuture<Integer> send(String hub, String feed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("hub.mode=publish&hub.url=" + URLEncoder.encode(feed, StandardCharsets.UTF_8)))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** Removes an accepted ping (unless the feed changed again meanwhile), or plans the next attempt. */
    private void settle(Claimed ping, String hub, String problem) {
        if (problem == null) {
            if (OwedPing.delete("id = ?1 and changes = ?2", ping.id(), ping.changes()) == 0) {
                OwedPing.update("claimedUntil = null where id = ?1", ping.id()); // changed meanwhile: owed again at once
            }
            return;
        }
        int attempts = ping.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            LOG.warnf("WebSub hub %s refused %s %d times (%s): giving up on this ping", hub, ping.feed(), attempts, problem);
            OwedPing.delete("id = ?1 and changes = ?2", ping.id(), ping.changes());
            return;
        }
        // the first failure is worth a warning; the retries of one ping would only repeat it
        LOG.logf(attempts == 1 ? Logger.Level.WARN : Logger.Level.DEBUG, "WebSub hub %s could not be told about %s (%s): trying again in %s",
                hub, ping.feed(), problem, retryDelay(attempts));
        String error = problem.length() > 500 ? problem.substring(0, 500) : problem;
        OwedPing.update("attempts = ?1, nextAttemptAt = ?2, claimedUntil = null, lastError = ?3 where id = ?4 and changes = ?5",
                attempts, now().plus(retryDelay(attempts)), error, ping.id(), ping.changes());
        OwedPing.update("claimedUntil = null where id = ?1", ping.id());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
