package kopru.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kopru.i18n.Lang;
import kopru.platform.TestClock;
import kopru.story.Actor;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks: signed JSON (with the signing time inside the signed text) for publish and unpublish, retried after a
 * failure with the same delivery id, counted by outcome, silent about embargoed stories.
 */
@QuarkusTest
class WebhookTest {
    private static final String SECRET = "partner-secret";
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** The delivery id of every request, answered 500 or not. */
    private static final List<String> DELIVERY_IDS = new CopyOnWriteArrayList<>();
    /** A story key whose first delivery the fake partner answers with 500 (other deliveries may arrive meanwhile). */
    private static final AtomicReference<String> FAIL_ONCE_FOR = new AtomicReference<>();
    private static HttpServer partner;
    private static long webhookId;

    private record Received(String delivery, String signature, JsonNode body, String raw) {
    }

    @Inject
    StoryService stories;
    @Inject
    TestClock clock;
    @Inject
    WebhookSender sender;
    @Inject
    MeterRegistry metrics;

    @BeforeAll
    static void startPartner() throws IOException {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/hook", exchange -> {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String failFor = FAIL_ONCE_FOR.get();
            int status = failFor != null && raw.contains("\"" + failFor + "\"") && FAIL_ONCE_FOR.compareAndSet(failFor, null) ? 500 : 204;
            String delivery = exchange.getRequestHeaders().getFirst("X-Kopru-Delivery");
            DELIVERY_IDS.add(delivery);
            if (status == 204) {
                RECEIVED.add(new Received(delivery, exchange.getRequestHeaders().getFirst("X-Kopru-Signature"), new ObjectMapper().readTree(raw), raw));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        partner.start();
        webhookId = QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = new Webhook();
            webhook.url = "http://127.0.0.1:" + partner.getAddress().getPort() + "/hook";
            webhook.secret = SECRET;
            webhook.active = true;
            webhook.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            webhook.persist();
            return webhook.id;
        });
    }

    @AfterAll
    static void stopPartner() {
        QuarkusTransaction.requiringNew().run(() -> Webhook.deleteById(webhookId));
        partner.stop(0);
    }

    @Test
    void shouldDeliverASignedPublishAndUnpublish() throws InterruptedException {
        String key = TestStories.newKey("hook");
        TestStories.publish(stories, key, Lang.TR, "Webhook testi");
        Received publish = await(r -> r.body().path("story").asText().equals(key) && r.body().path("event").asText().equals("publish"));
        assertSignedJustNow(publish);
        assertEquals("tr", publish.body().path("lang").asText());
        assertEquals("Webhook testi", publish.body().path("article").path("title").asText());
        assertTrue(publish.body().path("article").path("url").asText().startsWith("http://localhost:8080/tr/2021/06/"));

        QuarkusTransaction.requiringNew().run(() -> stories.unpublish(TestStories.article(key, Lang.TR), "test"));
        Received unpublish = await(r -> r.body().path("story").asText().equals(key) && r.body().path("event").asText().equals("unpublish"));
        assertTrue(unpublish.body().path("article").isMissingNode(), "an unpublish carries no content");
        assertSignedJustNow(unpublish);
        assertTrue(Long.parseLong(unpublish.delivery()) > Long.parseLong(publish.delivery()), "each delivery has its own id");
    }

    /**
     * What a receiver does (the recipe in the README): read t and v1 from X-Kopru-Signature, recompute the HMAC of
     * "t.body" with the secret, compare, and refuse a time more than five minutes away.
     */
    private static void assertSignedJustNow(Received received) {
        Matcher header = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(received.signature());
        assertTrue(header.matches(), received.signature());
        long t = Long.parseLong(header.group(1));
        assertEquals(WebhookSignature.hmac(SECRET, t + "." + received.raw()), header.group(2));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 60, "signed at " + t);
        assertTrue(received.delivery().matches("[0-9]+"), received.delivery());
        assertNotEquals(WebhookSignature.hmac("another-secret", t + "." + received.raw()), header.group(2));
        assertNotEquals(WebhookSignature.hmac(SECRET, (t + 1) + "." + received.raw()), header.group(2), "the time is signed");
    }

    @Test
    void shouldRetryAFailedDeliveryLaterWithTheSameIdAndCountBothOutcomes() throws InterruptedException {
        double retriedBefore = count("retried");
        double deliveredBefore = count("delivered");
        String key = TestStories.newKey("hook-retry");
        FAIL_ONCE_FOR.set(key);
        TestStories.publish(stories, key, Lang.KK, "Қайталау сынағы");
        WebhookDelivery failed = awaitDelivery(key, d -> d.attempts == 1);
        assertEquals(WebhookDelivery.PENDING, failed.status);
        assertEquals(500, failed.lastStatus);
        assertNull(failed.claimedBy, "the claim is released");
        assertNull(failed.leaseUntil);
        assertTrue(failed.nextAttemptAt.isAfter(OffsetDateTime.now().plusSeconds(20)), "the retry waits");
        assertTrue(DELIVERY_IDS.contains(failed.id.toString()));
        assertEquals(0, sender.sendDue(webhookId, "test-node"), "the retry is not due yet");
        assertEquals(1, DELIVERY_IDS.stream().filter(failed.id.toString()::equals).count());
        assertTrue(count("retried") >= retriedBefore + 1);
        try {
            clock.advance(Duration.ofSeconds(31)); // the first retry waits 30 s
            WebhookDelivery delivered = awaitDelivery(key, d -> d.status.equals(WebhookDelivery.DELIVERED));
            assertEquals(2, delivered.attempts);
            assertNotNull(delivered.deliveredAt);
            assertSignedJustNowAfter(await(r -> r.body().path("story").asText().equals(key)), failed.id);
            // the counter moves right after the delivery's row is recorded: give it that moment
            for (int i = 0; i < 100 && count("delivered") < deliveredBefore + 1; i++) {
                Thread.sleep(20);
            }
            assertTrue(count("delivered") >= deliveredBefore + 1);
        } finally {
            clock.reset();
        }
    }

    /** The retry carries the first attempt's delivery id and a time of its own (the moved clock's). */
    private static void assertSignedJustNowAfter(Received retry, long id) {
        assertEquals(Long.toString(id), retry.delivery(), "a retry keeps its delivery id");
        Matcher header = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(retry.signature());
        assertTrue(header.matches(), retry.signature());
        assertTrue(Long.parseLong(header.group(1)) >= Instant.now().plusSeconds(30).getEpochSecond(), "signed at the time of the retry");
        assertEquals(WebhookSignature.hmac(SECRET, header.group(1) + "." + retry.raw()), header.group(2));
    }

    private double count(String outcome) {
        Counter counter = metrics.find(WebhookSender.METRIC).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldNotAnnounceAnEmbargoedStory() throws InterruptedException {
        String key = TestStories.newKey("hook-embargo");
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = stories.saveStory(key, Kind.PRESS_RELEASE, Lang.TR, OffsetDateTime.now().plusDays(1), List.of(), Actor.system("test"));
            Article article = stories.saveArticle(story, Lang.TR, TestStories.text("Ambargolu webhook", null), Actor.system("test")).article();
            stories.publish(article, TestStories.OLD_DATE, "test");
        });
        // A later, visible publish proves the fan-out has passed the embargoed one.
        String later = TestStories.newKey("hook-after");
        TestStories.publish(stories, later, Lang.TR, "Sonraki haber");
        await(r -> r.body().path("story").asText().equals(later));
        assertTrue(RECEIVED.stream().noneMatch(r -> r.body().path("story").asText().equals(key)), "the embargoed story was announced");
    }

    @Test
    void shouldBackOffUpToSixHours() {
        assertEquals(Duration.ofSeconds(30), DeliveryClaims.retryDelay(1));
        assertEquals(Duration.ofMinutes(1), DeliveryClaims.retryDelay(2));
        assertEquals(Duration.ofMinutes(4), DeliveryClaims.retryDelay(4));
        assertEquals(Duration.ofHours(6), DeliveryClaims.retryDelay(11));
    }

    private static Received await(Predicate<Received> match) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var found = RECEIVED.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching delivery within 10 s; received " + RECEIVED.stream().map(Received::raw).toList());
    }

    private static WebhookDelivery awaitDelivery(String key, Predicate<WebhookDelivery> match) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var found = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>list("payload like ?1", "%\"" + key + "\"%")
                    .stream().filter(match).findFirst());
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching delivery row for " + key + " within 10 s");
    }
}
