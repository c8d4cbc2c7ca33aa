package kopru.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Posts due deliveries, signed with HMAC-SHA256 of the body, and retries failures with a growing
 * delay (30 s, 1 min, 2 min … up to 6 h) until {@link #MAX_ATTEMPTS}. No transaction is held open
 * while a partner's server answers.
 */
@ApplicationScoped
class WebhookSender {
    static final String SIGNATURE = "X-Kopru-Signature";
    static final int MAX_ATTEMPTS = 12;
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 20;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Due(long id, String url, String secret, String payload, long changeId) {
    }

    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>find(
                        "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id", WebhookDelivery.PENDING, OffsetDateTime.now(ZoneOffset.UTC))
                .page(0, BATCH).list().stream()
                .map(d -> new Due(d.id, d.webhook.url, d.webhook.secret, d.payload, d.changeId)).toList());
        due.forEach(this::send);
    }

    private void send(Due delivery) {
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Kopru-Delivery", Long.toString(delivery.id()))
                    .header(SIGNATURE, "sha256=" + sign(delivery.secret(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IllegalArgumentException | java.io.IOException e) {
            error = String.valueOf(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down: the delivery stays due and goes out after the restart
        }
        record(delivery.id(), status, error);
    }

    private static void record(long id, Integer status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            if (delivery == null) {
                return; // an admin deleted the webhook while this attempt was under way
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            delivery.attempts++;
            delivery.lastStatus = status;
            delivery.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
            if (status != null && status >= 200 && status < 300) {
                delivery.status = WebhookDelivery.DELIVERED;
                delivery.deliveredAt = now;
            } else if (delivery.attempts >= MAX_ATTEMPTS) {
                delivery.status = WebhookDelivery.FAILED;
                LOG.warnf("Webhook delivery %d to %s failed for good after %d attempts", id, delivery.webhook.url, delivery.attempts);
            } else {
                delivery.nextAttemptAt = now.plus(retryDelay(delivery.attempts));
            }
        });
    }

    static Duration retryDelay(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
