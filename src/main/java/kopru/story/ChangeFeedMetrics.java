package kopru.story;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Change-feed lag per follower, as gauges read at each scrape: {@code kopru_change_feed_lag_entries} (rows not yet
 * handled) and {@code kopru_change_feed_lag_seconds} (how long the oldest of them has waited), tagged with the
 * follower's name. A follower that has no position yet reports NaN.
 */
@ApplicationScoped
public class ChangeFeedMetrics {
    private static final Logger LOG = Logger.getLogger(ChangeFeedMetrics.class);

    @Inject
    MeterRegistry registry;
    @Inject
    ChangeFeed feed;

    /** Registers the gauges of one follower, whose position {@code position} tells. */
    public void follow(String follower, Supplier<Optional<FeedPosition>> position) {
        Gauge.builder("kopru.change.feed.lag.entries", () -> lag(follower, position).map(lag -> (double) lag.entries()).orElse(Double.NaN))
                .tag("follower", follower).description("Change-log entries this follower has not handled yet")
                .strongReference(true).register(registry);
        Gauge.builder("kopru.change.feed.lag.seconds", () -> lag(follower, position).map(lag -> lag.age().toMillis() / 1000.0).orElse(Double.NaN))
                .tag("follower", follower).description("How long the oldest change-log entry this follower has not handled has waited")
                .strongReference(true).register(registry);
    }

    private Optional<ChangeFeed.Lag> lag(String follower, Supplier<Optional<FeedPosition>> position) {
        try {
            return position.get().map(feed::lag);
        } catch (RuntimeException e) {
            // a scrape must not fail because the database is away; the health check says that
            LOG.debugf(e, "No change-feed lag for %s", follower);
            return Optional.empty();
        }
    }
}
