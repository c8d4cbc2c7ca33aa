package kopru.partner;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kopru.platform.KopruConfig;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: each webhook's in order, one at a time, on a bounded pool of threads
 * ({@code kopru.webhooks.senders}), so that a slow or dead partner delays only its own deliveries. Every delivery is
 * claimed in the database before it is posted ({@link DeliveryClaims}): with several nodes on one database each is
 * posted once, and one left by a node that died mid-send goes out from another node, with the same delivery id.
 */
@ApplicationScoped
class WebhookSender {
    static final int MAX_ATTEMPTS = 12;
    static final String METRIC = "kopru.webhook.deliveries";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** Deliveries one webhook sends before its thread goes back to the pool, so a long backlog does not hold it. */
    private static final int PER_TURN = 50;
    private static final int MAX_WEBHOOKS_PER_TICK = 1000;

    @Inject
    DeliveryClaims claims;
    @Inject
    WebhookPoster poster;
    @Inject
    MeterRegistry metrics;
    @Inject
    KopruConfig config;

    /** This node's name in the claims it makes: host and process, plus a random part in case a process id is reused. */
    final String node = ManagementFactory.getRuntimeMXBean().getName() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    /** Webhooks that have a worker queued or running on this node. */
    private final Set<Long> busy = ConcurrentHashMap.newKeySet();
    private final Map<DeliveryClaims.Outcome, Counter> outcomes = new EnumMap<>(DeliveryClaims.Outcome.class);
    private ExecutorService workers;

    @PostConstruct
    void start() {
        int threads = config.webhooks().senders();
        AtomicInteger number = new AtomicInteger();
        // The queue holds at most one task per webhook (see busy), so it is bounded by the number of webhooks.
        workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                task -> new Thread(task, "webhook-sender-" + number.incrementAndGet()));
        for (DeliveryClaims.Outcome outcome : EnumSet.of(DeliveryClaims.Outcome.DELIVERED, DeliveryClaims.Outcome.RETRIED,
                DeliveryClaims.Outcome.FAILED)) {
            outcomes.put(outcome, Counter.builder(METRIC).description("Webhook delivery attempts by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(metrics));
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Gives each webhook with due deliveries a worker, unless it already has one here. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        for (long webhookId : claims.webhooksWithDue(MAX_WEBHOOKS_PER_TICK)) {
            if (busy.add(webhookId)) {
                workers.execute(() -> {
                    try {
                        sendDue(webhookId, node);
                    } finally {
                        busy.remove(webhookId);
                    }
                });
            }
        }
    }

    /**
     * Claims and sends one webhook's due deliveries, oldest first, for the node named; returns how many were sent.
     * The node is a parameter so that a test can play two nodes on one database.
     */
    int sendDue(long webhookId, String node) {
        int sent = 0;
        try {
            while (sent < PER_TURN) {
                Optional<DeliveryClaims.Claimed> claimed = claims.claimNext(webhookId, node);
                if (claimed.isEmpty()) {
                    break;
                }
                DeliveryClaims.Outcome outcome = claims.record(claimed.get(), node, poster.post(claimed.get()));
                Optional.ofNullable(outcomes.get(outcome)).ifPresent(Counter::increment);
                if (outcome == DeliveryClaims.Outcome.FAILED) {
                    LOG.warnf("Webhook delivery %d to %s failed for good after %d attempts", claimed.get().id(), claimed.get().url(), MAX_ATTEMPTS);
                }
                sent++;
            }
        } catch (InterruptedException e) {
            // Shutting down: the claimed delivery goes out from another node, or from this one after its restart,
            // once the lease has run out.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Webhook %d: sending stopped, the next tick tries again", webhookId);
        }
        return sent;
    }
}
