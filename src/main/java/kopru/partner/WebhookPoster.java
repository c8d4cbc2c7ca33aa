package kopru.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One signed POST of a claimed delivery, bounded in time: a partner that does not connect within
 * {@link #CONNECT_TIMEOUT} or does not finish answering within {@link #LONGEST_ATTEMPT} counts as a failed attempt.
 */
@ApplicationScoped
class WebhookPoster {
    static final String DELIVERY_HEADER = "X-Kopru-Delivery";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The whole attempt, body included: the request timeout alone stops at the response headers. */
    static final Duration LONGEST_ATTEMPT = Duration.ofSeconds(15);

    /** What a partner said: an HTTP status, or why there was none. */
    record Attempt(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    InstantSource clock;

    /** Throws InterruptedException when the node is shutting down: the claim then simply runs out. */
    Attempt post(DeliveryClaims.Claimed delivery) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(LONGEST_ATTEMPT)
                    .header("Content-Type", "application/json")
                    .header(DELIVERY_HEADER, Long.toString(delivery.id()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), clock.instant().getEpochSecond(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return new Attempt(null, String.valueOf(e.getMessage()));
        }
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return new Attempt(answer.get(LONGEST_ATTEMPT.toSeconds(), TimeUnit.SECONDS).statusCode(), null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Attempt(null, "no answer within " + LONGEST_ATTEMPT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Attempt(null, cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
    }
}
