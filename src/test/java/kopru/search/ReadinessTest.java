package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kopru.site.Site;
import kopru.i18n.Lang;
import kopru.platform.TestClock;
import kopru.story.Actor;
import kopru.story.Kind;
import kopru.story.ScheduledPublisher;
import kopru.story.Story;
import kopru.story.StoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness follows the search index's lag behind the change log; the change feed and the schedule are in the metrics. */
@QuarkusTest
class ReadinessTest {
    @Inject
    SearchIndexer indexer;
    @Inject
    StoryService stories;
    @Inject
    TestClock clock;
    @Inject
    ScheduledPublisher scheduler;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonPath ready(int status) {
        Site.Reply reply = Site.management("/q/health/ready");
        assertEquals(status, reply.statusCode(), reply.body());
        return JsonPath.from(reply.body());
    }

    private static String indexCheck(JsonPath health, String field) {
        return health.getString("checks.find { it.name == 'Search index' }." + field);
    }

    /** The value of a Prometheus sample, e.g. {@code kopru_change_feed_lag_entries{follower="webhooks"}}. */
    private static double metric(String name, String follower) {
        String text = Site.management("/q/metrics", "Accept", "text/plain").expect(200).body();
        String labels = follower == null ? "(\\{[^}]*\\})?" : "\\{[^}]*follower=\"" + follower + "\"[^}]*\\}";
        Matcher sample = Pattern.compile("(?m)^" + name + labels + " (\\S+)$").matcher(text);
        assertTrue(sample.find(), () -> name + " for " + follower + " not in the metrics");
        return Double.parseDouble(sample.group(sample.groupCount()));
    }

    @Test
    void shouldBeReadyOnlyWhileTheIndexKeepsUp() throws Exception {
        assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(30)));
        assertEquals("UP", indexCheck(ready(200), "status"));
        try (AutoCloseable paused = indexer.pause()) {
            kopru.story.TestStories.publish(stories, kopru.story.TestStories.newKey("ready-lag"), Lang.TR, "Gecikme sınaması");
            clock.advance(Duration.ofSeconds(10)); // the change has waited 10 s: more than kopru.readiness.max-index-lag (5 s)
            JsonPath lagging = ready(503);
            assertEquals("DOWN", indexCheck(lagging, "status"));
            assertTrue(Long.parseLong(indexCheck(lagging, "data.lagEntries")) >= 1);
            assertTrue(metric("kopru_change_feed_lag_entries", "search-index") >= 1);
            assertTrue(metric("kopru_change_feed_lag_seconds", "search-index") >= 10);
        }
        clock.reset();
        assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(30)));
        assertEquals("UP", indexCheck(ready(200), "status"));
        assertEquals(0, metric("kopru_change_feed_lag_entries", "search-index"));
    }

    @Test
    void shouldReportEveryFollowersLagAndOverdueSchedules() throws Exception {
        for (String follower : List.of("search-index", "page-cache", "webhooks", "websub")) {
            double entries = Double.NaN;
            for (int i = 0; i < 100 && !(entries >= 0); i++) { // a follower reports once it has run (within a second)
                Thread.sleep(50);
                entries = metric("kopru_change_feed_lag_entries", follower);
            }
            assertTrue(entries >= 0 && entries < 1000, follower + " lags " + entries);
            assertTrue(metric("kopru_change_feed_lag_seconds", follower) >= 0, follower);
        }
        String key = kopru.story.TestStories.newKey("overdue");
        // a minute ahead, and the clock moved two: the real job publishes it at its next round, so read the gauge at once
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = stories.saveStory(key, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"));
            stories.schedule(stories.saveArticle(story, Lang.TR, kopru.story.TestStories.text("Gecikmiş " + key, null), Actor.system("test")).article(), at, "test");
        });
        try {
            double before = metric("kopru_scheduled_overdue", null);
            clock.advance(Duration.ofMinutes(2));
            assertTrue(metric("kopru_scheduled_overdue", null) >= before + 1, "a scheduled article past its time counts as overdue");
        } finally {
            // published through the claim (this call or the job, whichever wins), then taken down again
            scheduler.publishDue(at.plusMinutes(1));
            clock.reset();
            QuarkusTransaction.requiringNew().run(() -> stories.unpublish(kopru.story.TestStories.article(key, Lang.TR), "test"));
        }
    }
}
