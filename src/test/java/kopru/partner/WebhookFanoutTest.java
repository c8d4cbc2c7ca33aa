package kopru.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kopru.story.OpenChange;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fan-out follows the change feed: a row whose transaction commits after a higher id was handled still gets its delivery, once. */
@QuarkusTest
class WebhookFanoutTest {
    private static HttpServer partner;
    private static long webhookId;

    @BeforeAll
    static void startPartner() throws IOException {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        partner.start();
        webhookId = QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = new Webhook();
            webhook.url = "http://127.0.0.1:" + partner.getAddress().getPort() + "/hook";
            webhook.secret = "fanout-secret";
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

    private static long deliveries(long changeId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count("webhook.id = ?1 and changeId = ?2", webhookId, changeId));
    }

    private static void awaitDeliveries(long changeId, long expected) throws InterruptedException {
        for (int i = 0; i < 200 && deliveries(changeId) != expected; i++) {
            Thread.sleep(50);
        }
        assertEquals(expected, deliveries(changeId), "deliveries of change " + changeId);
    }

    @Test
    void shouldDeliverAChangeThatCommittedAfterAHigherOne() throws Exception {
        OpenChange late = new OpenChange(TestStories.newKey("fanout-late"));
        long early = OpenChange.committed(TestStories.newKey("fanout-early"));
        awaitDeliveries(early, 1); // the fan-out has moved past the open transaction's id
        assertEquals(0, deliveries(late.id()));
        late.commit();
        awaitDeliveries(late.id(), 1);
        Thread.sleep(1_500); // another round of the fan-out: still one each
        assertEquals(1, deliveries(late.id()));
        assertEquals(1, deliveries(early));
    }
}
