package kopru.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kopru.platform.KopruConfig;
import kopru.story.PublicChange;
import kopru.story.Story;
import org.jboss.logging.Logger;

/**
 * Tells the configured WebSub hub which feeds changed, right after a public change commits, so that
 * subscribers hear of it at once instead of at their next poll. A failed ping is logged and
 * costs nothing more: the feeds stay correct and pollers still see the change.
 */
@ApplicationScoped
class WebSubPing {
    private static final Logger LOG = Logger.getLogger(WebSubPing.class);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    KopruConfig config;
    @Inject
    FeedService feeds;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        config.websubHub().ifPresent(hub -> {
            // An unpublished or deleted story may be gone; its language and both-language feeds changed all the same.
            List<String> changed = QuarkusTransaction.requiringNew().call(() -> Story.<Story>findByKey(change.storyKey())
                    .map(story -> feeds.feedsOf(story, change.lang()))
                    .orElseGet(() -> feeds.feedsOf(null, change.lang())));
            changed.forEach(feed -> ping(hub, feed));
        });
    }

    private void ping(String hub, String feed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("hub.mode=publish&hub.url=" + URLEncoder.encode(feed, StandardCharsets.UTF_8)))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warnf("WebSub hub %s could not be told about %s: %s", hub, feed, failure.getMessage());
            } else if (response.statusCode() >= 300) {
                LOG.warnf("WebSub hub %s answered %d for %s", hub, response.statusCode(), feed);
            }
        });
    }
}
