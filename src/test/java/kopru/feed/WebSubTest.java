package kopru.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import kopru.i18n.Lang;
import kopru.platform.TestClock;
import kopru.site.Site;
import kopru.story.ChangeConsumer;
import kopru.story.ChangeLogEntry;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds name the hub, and a publish pings it for each feed that changed (the test profile points the hub here);
 * a ping the hub refuses is kept in the database and sent again later until the hub takes it.
 */
@QuarkusTest
class WebSubTest {
    private static final String HUB = "http://127.0.0.1:18765/hub";
    private static final List<String> PINGS = new CopyOnWriteArrayList<>();
    /** While set, the hub answers 503 to every ping. */
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static HttpServer hub;

    @Inject
    StoryService stories;
    @Inject
    TestClock clock;

    @AfterEach
    void hubBack() {
        DOWN.set(false);
        clock.reset();
    }

    @BeforeAll
    static void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 18765), 0);
        hub.createContext("/hub", exchange -> {
            if (DOWN.get()) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            PINGS.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.stop(0);
    }

    @Test
    void shouldNameTheHubInEveryFeedFormat() throws IOException {
        assertTrue(Site.get("/tr/rss.xml").expect(200).body().contains("<atom:link rel=\"hub\" href=\"" + HUB + "\""));
        assertTrue(Site.get("/kk/atom.xml").expect(200).body().contains("<link rel=\"hub\" href=\"" + HUB + "\""));
        JsonNode hubs = new ObjectMapper().readTree(Site.get("/feed.json").expect(200).body()).path("hubs");
        assertEquals("WebSub", hubs.path(0).path("type").asText());
        assertEquals(HUB, hubs.path(0).path("url").asText());
    }

    /**
     * Pings are durable: those owed for earlier tests' changes (made while no hub listened) arrive once it does.
     * Wait until the follower has seen every change so far, drop what it still owes, and let any send in flight
     * finish (the hub records a ping before it answers), so that only the next change's pings come.
     */
    private static void forgetEarlierPings() throws InterruptedException {
        long latest = latestChangeId();
        for (int i = 0; i < 200 && QuarkusTransaction.requiringNew().call(() -> ChangeConsumer.<ChangeConsumer>findByIdOptional("websub")
                .map(consumer -> consumer.position).orElse(0L)) < latest; i++) {
            Thread.sleep(50);
        }
        for (int i = 0; i < 200 && QuarkusTransaction.requiringNew().call(() -> {
            OwedPing.delete("claimedUntil is null");
            return OwedPing.count();
        }) > 0; i++) {
            Thread.sleep(50);
        }
        PINGS.clear();
    }

    @Test
    void shouldPingTheHubForEachChangedFeedOnPublish() throws InterruptedException {
        List<String> expected = List.of(Site.absolute("/kk/rss.xml"), Site.absolute("/kk/atom.xml"), Site.absolute("/kk/feed.json"),
                Site.absolute("/rss.xml"), Site.absolute("/kk/kind/news/rss.xml"));
        // Other tests' changes (a schedule coming due in the shared application) may ping Turkish feeds meanwhile:
        // the "no Turkish feed" check counts only for a run in which this publish was the only change.
        for (int attempt = 1; ; attempt++) {
            forgetEarlierPings();
            long before = latestChangeId();
            String key = TestStories.newKey("websub");
            TestStories.publish(stories, key, Lang.KK, "WebSub сынағы");
            for (int i = 0; i < 100 && !PINGS.containsAll(expected.stream().map(url -> "hub.mode=publish&hub.url=" + url).toList()); i++) {
                Thread.sleep(50);
            }
            for (String url : expected) {
                assertTrue(PINGS.contains("hub.mode=publish&hub.url=" + url), () -> "no ping for " + url + " in " + PINGS);
            }
            boolean alone = QuarkusTransaction.requiringNew().call(() ->
                    ChangeLogEntry.count("id > ?1 and storyKey <> ?2", before, key)) == 0;
            if (alone || attempt == 3) {
                assertTrue(alone, "other changes during every attempt");
                assertTrue(PINGS.stream().noneMatch(ping -> ping.contains("/tr/")), () -> "a Kazakh publish pinged Turkish feeds: " + PINGS);
                return;
            }
        }
    }

    private static long latestChangeId() {
        return QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.<ChangeLogEntry>find("order by id desc").firstResultOptional()
                .map(entry -> entry.id).orElse(0L));
    }

    private static List<OwedPing> owed(String feed) {
        return QuarkusTransaction.requiringNew().call(() -> OwedPing.<OwedPing>list("feedUrl", feed));
    }

    @Test
    void shouldKeepARefusedPingAndSendItAgainLater() throws InterruptedException {
        forgetEarlierPings();
        DOWN.set(true);
        String feed = Site.absolute("/kk/kind/news/atom.xml");
        TestStories.publish(stories, TestStories.newKey("websub-retry"), Lang.KK, "WebSub қайталау");
        List<OwedPing> refused = List.of();
        for (int i = 0; i < 200 && refused.stream().noneMatch(ping -> ping.lastError != null && ping.lastError.contains("503")); i++) {
            Thread.sleep(50);
            refused = owed(feed);
        }
        assertEquals(1, refused.size(), "the ping is kept in the database: " + refused);
        OwedPing ping = refused.get(0);
        assertTrue(ping.attempts >= 1 && ping.lastError.contains("503"), () -> ping.attempts + " " + ping.lastError);
        assertTrue(ping.nextAttemptAt.isAfter(OffsetDateTime.now()), "the next attempt waits");

        DOWN.set(false);
        PINGS.clear();
        clock.advance(Duration.ofMinutes(1)); // past the back-off (5 s after a first refusal), instead of waiting for it
        String expected = "hub.mode=publish&hub.url=" + feed;
        for (int i = 0; i < 200 && !(PINGS.contains(expected) && owed(feed).isEmpty()); i++) {
            Thread.sleep(50);
        }
        assertTrue(PINGS.contains(expected), () -> "sent again once the hub was back: " + PINGS);
        assertTrue(owed(feed).isEmpty(), "and settled");
    }

    @Test
    void shouldBackOffAndGiveUpWithinBounds() {
        assertEquals(Duration.ofSeconds(5), WebSubPing.retryDelay(1));
        assertEquals(Duration.ofSeconds(10), WebSubPing.retryDelay(2));
        assertEquals(Duration.ofSeconds(2560), WebSubPing.retryDelay(WebSubPing.MAX_ATTEMPTS), "the last wait: 85 minutes in all");
        assertEquals(Duration.ofHours(1), WebSubPing.retryDelay(30), "never more than an hour");
    }
}
