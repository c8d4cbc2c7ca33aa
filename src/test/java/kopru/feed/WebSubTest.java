package kopru.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feeds name the hub, and a publish pings it for each feed that changed (the test profile points the hub here). */
@QuarkusTest
class WebSubTest {
    private static final String HUB = "http://127.0.0.1:18765/hub";
    private static final List<String> PINGS = new CopyOnWriteArrayList<>();
    private static HttpServer hub;

    @Inject
    StoryService stories;

    @BeforeAll
    static void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 18765), 0);
        hub.createContext("/hub", exchange -> {
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

    @Test
    void shouldPingTheHubForEachChangedFeedOnPublish() throws InterruptedException {
        PINGS.clear();
        TestStories.publish(stories, TestStories.newKey("websub"), Lang.KK, "WebSub сынағы");
        List<String> expected = List.of(Site.absolute("/kk/rss.xml"), Site.absolute("/kk/atom.xml"), Site.absolute("/kk/feed.json"),
                Site.absolute("/rss.xml"), Site.absolute("/kk/kind/news/rss.xml"));
        for (int i = 0; i < 100 && !PINGS.containsAll(expected.stream().map(url -> "hub.mode=publish&hub.url=" + url).toList()); i++) {
            Thread.sleep(50);
        }
        for (String url : expected) {
            assertTrue(PINGS.contains("hub.mode=publish&hub.url=" + url), () -> "no ping for " + url + " in " + PINGS);
        }
        assertTrue(PINGS.stream().noneMatch(ping -> ping.contains("/tr/")), () -> "a Kazakh publish pinged Turkish feeds: " + PINGS);
    }
}
