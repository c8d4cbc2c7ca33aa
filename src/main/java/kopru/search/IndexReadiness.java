package kopru.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import kopru.platform.KopruConfig;
import kopru.story.ChangeFeed;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A node is ready for readers once its search index has caught up with the change log after start (a restarted
 * node would otherwise miss what was published while it was down), and stays ready while it is at most
 * {@code kopru.readiness.max-index-lag} behind.
 */
@Readiness
@ApplicationScoped
class IndexReadiness implements HealthCheck {
    @Inject
    SearchIndexer indexer;
    @Inject
    KopruConfig config;

    @Override
    public HealthCheckResponse call() {
        Duration max = config.readiness().maxIndexLag();
        Optional<ChangeFeed.Lag> lag = indexer.lag();
        if (lag.isEmpty()) {
            return HealthCheckResponse.named("Search index").down().withData("state", "catching up after start").build();
        }
        return HealthCheckResponse.named("Search index").status(lag.get().age().compareTo(max) <= 0)
                .withData("lagEntries", lag.get().entries())
                .withData("lagMillis", lag.get().age().toMillis())
                .withData("maxLagMillis", max.toMillis()).build();
    }
}
