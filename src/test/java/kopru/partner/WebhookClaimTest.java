package kopru.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kopru.platform.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries are claimed before they are sent: two nodes on one database post each delivery once; a delivery left by
 * a node that died goes out after its lease, with the same id; a partner that hangs delays no other partner.
 */
@QuarkusTest
class WebhookClaimTest {
    private static final String SECRET = "claim-test-secret";
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Inject
    WebhookSender sender;
    @Inject
    TestClock clock;

    private final List<HttpServer> partners = new ArrayList<>();
    /** Ends every partner's wait at the end of a test. */
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<Long> webhooks = new ArrayList<>();

    /** What a partner received: delivery id → how many times, and whether every signature held. */
    private record Partner(String url, Map<String, Integer> deliveries, List<String> badSignatures) {
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        released.countDown();
        webhooks.forEach(id -> QuarkusTransaction.requiringNew().run(() -> Webhook.deleteById(id)));
        partners.forEach(p -> p.stop(0));
    }

    @Test
    void shouldPostEachDeliveryOnceWhenTwoNodesSendAtOnce() throws Exception {
        Partner partner = partner(Duration.ofMillis(5));
        long webhook = webhook(partner.url());
        List<Long> ids = due(webhook, 60);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sent = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            sent.add(nodes.submit(() -> {
                start.await();
                int total = 0;
                for (int n; (n = sender.sendDue(webhook, node)) > 0; ) {
                    total += n;
                }
                return total;
            }));
        }
        start.countDown();
        int byTheTwo = sent.get(0).get(60, TimeUnit.SECONDS) + sent.get(1).get(60, TimeUnit.SECONDS);
        nodes.shutdown();
        // This application's own scheduled sender is a third node on the same database: it may have taken some.
        awaitAll(() -> partner.deliveries().size() == ids.size(), "all " + ids.size() + " deliveries", partner);
        assertTrue(byTheTwo > 0 && byTheTwo <= ids.size(), "sent by the two: " + byTheTwo);
        for (long id : ids) {
            assertEquals(1, partner.deliveries().get(Long.toString(id)), "delivery " + id + " was posted once");
        }
        assertEquals(List.of(), partner.badSignatures());
        assertEquals(ids.size(), QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count(
                "webhook.id = ?1 and status = ?2 and attempts = 1 and claimedBy is null", webhook, WebhookDelivery.DELIVERED)));
    }

    @Test
    void shouldSendADeliveryLeftByADeadNodeOnceItsLeaseHasRunOutWithTheSameId() throws Exception {
        Partner partner = partner(Duration.ZERO);
        long webhook = webhook(partner.url());
        long id = due(webhook, 1).get(0);
        // A node claimed it and died before it could record anything.
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update("claimedBy = 'dead-node', leaseUntil = ?1 where id = ?2",
                clock.instant().atOffset(ZoneOffset.UTC).plus(DeliveryClaims.LEASE), id));
        assertEquals(0, sender.sendDue(webhook, "node-b"), "a leased delivery is not taken");
        assertEquals(Map.of(), partner.deliveries());

        clock.advance(DeliveryClaims.LEASE.plusSeconds(1));
        awaitAll(() -> partner.deliveries().containsKey(Long.toString(id)), "the dead node's delivery", partner);
        assertEquals(Map.of(Long.toString(id), 1), partner.deliveries(), "posted once, with the same delivery id");
        assertEquals(List.of(), partner.badSignatures());
        Supplier<WebhookDelivery> row = () -> QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.findById(id));
        awaitAll(() -> WebhookDelivery.DELIVERED.equals(row.get().status), "its delivered status", partner);
        assertEquals(null, row.get().claimedBy, "the claim is released");
        assertEquals(1, row.get().attempts);
    }

    @Test
    void shouldDeliverToAHealthyPartnerWhileAnotherHangs() throws Exception {
        Partner hanging = partner(Duration.ofSeconds(10));
        Partner healthy = partner(Duration.ZERO);
        long slow = webhook(hanging.url());
        long fast = webhook(healthy.url());
        // The hanging partner's deliveries are older: a sender that took them in order would make the other wait.
        due(slow, 3);
        long queued = System.nanoTime();
        List<Long> ids = due(fast, 5);
        awaitAll(() -> healthy.deliveries().size() == ids.size(), "the healthy partner's deliveries", healthy);
        Duration took = Duration.ofNanos(System.nanoTime() - queued);
        // One sender tick (1 s) and five claimed posts: about 1 s on a quiet machine, up to 3 s seen on a loaded one; a
        // sender that waited for the hanging partner would take over 10 s.
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the healthy partner waited " + took.toMillis() + " ms");
        System.out.printf("WebhookClaimTest: the healthy partner had its %d deliveries after %d ms%n", ids.size(), took.toMillis());
        assertTrue(hanging.deliveries().size() <= 1, "the hanging partner has one delivery in flight at most");
    }

    /** A fake partner that answers 204 after {@code delay} (or the test's end), checking each signature as a receiver would. */
    private Partner partner(Duration delay) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Partner partner = new Partner("http://127.0.0.1:" + server.getAddress().getPort() + "/hook", new ConcurrentHashMap<>(),
                new CopyOnWriteArrayList<>());
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                released.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String id = exchange.getRequestHeaders().getFirst("X-Kopru-Delivery");
            String signature = String.valueOf(exchange.getRequestHeaders().getFirst("X-Kopru-Signature"));
            Matcher header = SIGNATURE.matcher(signature);
            if (!header.matches() || !WebhookSignature.hmac(SECRET, header.group(1) + "." + body).equals(header.group(2))
                    || !body.contains("\"delivery-of\":" + id + "}")) {
                partner.badSignatures().add(id + ": " + signature);
            }
            partner.deliveries().merge(id, 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        partners.add(server);
        return partner;
    }

    private long webhook(String url) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = new Webhook();
            webhook.label = "claim test";
            webhook.url = url;
            webhook.secret = SECRET;
            webhook.active = true;
            webhook.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            webhook.persist();
            return webhook.id;
        });
        webhooks.add(id);
        return id;
    }

    /** {@code n} deliveries due now, as the fan-out writes them; each payload names its own delivery id. */
    private static List<Long> due(long webhookId, int n) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            Webhook webhook = Webhook.findById(webhookId);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.webhook = webhook;
                delivery.changeId = -1 - i; // no change-log row: these stand for any event
                delivery.payload = "{}";
                delivery.status = WebhookDelivery.PENDING;
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                delivery.persistAndFlush(); // for its id
                delivery.payload = "{\"event\":\"publish\",\"delivery-of\":" + delivery.id + "}";
                ids.add(delivery.id);
            }
            return ids;
        });
    }

    private static void awaitAll(Supplier<Boolean> done, String what, Partner partner) throws InterruptedException {
        for (int i = 0; i < 300 && !done.get(); i++) {
            Thread.sleep(20);
        }
        assertTrue(done.get(), what + " within 6 s; received " + partner.deliveries());
    }
}
