package kopru.cluster;

import kopru.platform.PackagedServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three packaged nodes on one PostgreSQL database behind nginx, as a newsroom runs them in production
 * (docker/compose.yaml): what one node does, the others serve within a second; cluster work (schedules,
 * webhooks) is done once; a login is good on every node; a node killed under load costs readers nothing, and
 * a restarted node says it is ready only once it has caught up. Runs in the PostgreSQL build only (the
 * embedded database serves one node); prints the propagation figures it measured.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final String PASSWORD = "cluster-admin-password";
    private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(1);
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private static Path work;
    private static String jdbcUrl;
    private static final List<PackagedServer> nodes = new ArrayList<>();
    private static PackagedServer a;
    private static PackagedServer b;
    private static PackagedServer c;
    private static Nginx nginx;
    private static WebhookReceiver receiver;
    private static String webhookSecret;
    private static final List<Long> propagationMillis = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue("postgresql".equals(System.getenv("QUARKUS_DATASOURCE_DB_KIND")), "the cluster runs on PostgreSQL only");
        assumeTrue(Files.exists(PackagedServer.JAR), "needs the packaged server (mvn verify)");
        if (!Nginx.installed()) {
            assumeTrue(System.getenv("CI") != null, "nginx is not installed (bash .ci/install-tools.sh nginx)");
            Nginx.checkInstalled();
        }
        work = Files.createTempDirectory("kopru-cluster");
        jdbcUrl = freshDatabase(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"), "kopru_cluster");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("KOPRU_ADMIN_PASSWORD", PASSWORD);
        environment.put("KOPRU_CONTENT_DIR", Path.of("content").toAbsolutePath().toString());
        environment.put("KOPRU_SCHEDULER_INTERVAL", "1s");
        a = new PackagedServer(work.resolve("a"), work.resolve("logs-a"), environment);
        b = new PackagedServer(work.resolve("b"), work.resolve("logs-b"), environment);
        c = new PackagedServer(work.resolve("c"), work.resolve("logs-c"), environment);
        nodes.addAll(List.of(a, b, c));
        // A alone first: it migrates the schema and imports the sample content; then the others join.
        for (PackagedServer node : nodes) {
            Instant start = Instant.now();
            node.start(Map.of(), START_LIMIT);
            System.out.printf("cluster: node :%d ready in %d ms%n", node.port, Duration.between(start, Instant.now()).toMillis());
        }
        nginx = new Nginx(work.resolve("nginx"));
        nginx.start(nodes);
        receiver = new WebhookReceiver();
        JsonNode webhook = Api.call(a, "POST", "/api/v1/admin/webhooks", "admin", PASSWORD,
                "{\"label\":\"cluster\",\"url\":\"" + receiver.url() + "\"}", 201);
        webhookSecret = webhook.path("secret").asText();
        assertTrue(webhookSecret.length() >= 16, "the new webhook's secret is shown once: " + webhook);
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (nginx != null) {
            nginx.stop();
        }
        for (PackagedServer node : nodes) {
            node.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (!propagationMillis.isEmpty()) {
            List<Long> sorted = new ArrayList<>(propagationMillis);
            Collections.sort(sorted);
            System.out.printf("cluster: publish on one node → search, page and feed on the others: p50 %d ms, p99 %d ms (%d samples)%n",
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.size());
        }
    }

    @Test
    @Order(1)
    void shouldServeAPublishOnAFromBAndCWithinASecond() throws Exception {
        for (int i = 0; i < 10; i++) {
            String word = "yayilim" + i + "x" + Long.toString(System.nanoTime(), 36);
            String key = "cluster-publish-" + i + "-" + System.nanoTime();
            String title = "Küme yayını " + word;
            Instant published = Api.publish(a, key, title, "Metin " + word + ".");
            String url = Api.articleUrl(a, key, "tr");
            for (PackagedServer other : List.of(b, c)) {
                awaitWithin(PROPAGATION_LIMIT, "node :" + other.port + " serves " + key, () ->
                        Api.searchTotal(other, word) == 1
                                && Api.get(other, url).contains(title)
                                && Api.get(other, "/tr/rss.xml").contains(word));
            }
            propagationMillis.add(Duration.between(published, Instant.now()).toMillis());
        }
    }

    @Test
    @Order(2)
    void shouldRefreshACachedPageOnAWhenCEditsTheTitle() throws Exception {
        String key = "cluster-edit-" + System.nanoTime();
        Api.publish(c, key, "Eski başlık", "Metin.");
        String url = Api.articleUrl(c, key, "tr");
        awaitWithin(Duration.ofSeconds(2), "A serves the story", () -> Api.get(a, url).contains("Eski başlık"));
        Api.get(a, url); // now cached on A
        JsonNode story = Api.call(c, "GET", "/api/v1/admin/stories/" + key, "admin", PASSWORD, null, 200);
        long version = story.at("/articles/tr/version").asLong();
        Instant edited = Instant.now();
        Api.call(c, "PUT", "/api/v1/admin/stories/" + key, "admin", PASSWORD,
                Api.storyJson("Yeni başlık", "Metin.", version), 200);
        awaitWithin(PROPAGATION_LIMIT, "A's cached page shows the new title", () -> Api.get(a, url).contains("Yeni başlık"));
        propagationMillis.add(Duration.between(edited, Instant.now()).toMillis());
    }

    @Test
    @Order(3)
    void shouldDeliverFiftyEventsFromAllNodesExactlyOnceEachWithValidSignatures() throws Exception {
        receiver.received.clear();
        List<PackagedServer> writers = List.of(a, b, c);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String key = "cluster-scheduled-" + i + "-" + System.nanoTime();
            Api.schedule(writers.get(i % 3), key, "Zamanlanmış " + i, Duration.ofSeconds(5));
            expected.add(key);
        }
        for (int i = 0; i < 40; i++) {
            String key = "cluster-event-" + i + "-" + System.nanoTime();
            Api.publish(writers.get(i % 3), key, "Olay " + i, "Metin.");
            expected.add(key);
        }
        awaitWithin(Duration.ofSeconds(60), "50 deliveries", () -> receiver.received.size() >= expected.size());
        Thread.sleep(3000); // a duplicate would come within this time: every node sends every second or two
        // only this test's stories: an update announced by the test before may still arrive in this window
        List<WebhookReceiver.Received> got = new ArrayList<>();
        for (WebhookReceiver.Received delivery : receiver.received) {
            if (expected.contains(Api.JSON.readTree(delivery.body()).path("story").asText())) {
                got.add(delivery);
            }
        }
        Map<String, Integer> perStory = new LinkedHashMap<>();
        Set<String> deliveryIds = new HashSet<>();
        for (WebhookReceiver.Received delivery : got) {
            assertTrue(Signatures.valid(webhookSecret, delivery), "signature of " + delivery);
            assertTrue(deliveryIds.add(delivery.deliveryId()), "delivery id posted twice: " + delivery.deliveryId());
            perStory.merge(Api.JSON.readTree(delivery.body()).path("story").asText(), 1, Integer::sum);
        }
        assertEquals(expected, perStory.keySet());
        perStory.forEach((key, count) -> assertEquals(1, count, key + " announced " + count + " times"));
        assertEquals(50, got.size());
        for (String key : expected) {
            if (key.startsWith("cluster-scheduled-")) {
                assertEquals(1, changeRows(key), "one change-log row for the scheduled publication of " + key);
            }
        }
    }

    @Test
    @Order(4)
    void shouldAcceptALoginOfAOnC() throws Exception {
        LoginSession session = LoginSession.logIn(a, "admin", PASSWORD);
        assertEquals(200, session.status(c, "/admin"), "C accepts the session that A opened");
        assertEquals(200, session.status(b, "/admin"), "B accepts the session that A opened");
    }

    @Test
    @Order(5)
    void shouldLoseNoReaderRequestWhenBIsKilledUnderLoadAndBringBBackCaughtUp() throws Exception {
        String article = Api.articleUrl(a, firstPublishedKey(), "tr");
        List<String> paths = List.of("/tr/", "/kk/", article, "/api/v1/search?q=deprem", "/tr/rss.xml", "/kk/search?q=жер");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int offset = t;
            readers.submit(() -> {
                for (int i = offset; running.get(); i++) {
                    String path = paths.get(i % paths.size());
                    try {
                        int status = Api.status(nginx.url(path));
                        if (status >= 400) {
                            failures.add(path + " → " + status);
                        } else {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.add(path + " → " + e);
                    }
                }
            });
        }
        Thread.sleep(1500);
        b.kill();
        // While B is down, A publishes: B must have these before it says it is ready again.
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String word = "kacirilan" + i + "x" + Long.toString(System.nanoTime(), 36);
            Api.publish(a, "cluster-missed-" + i + "-" + System.nanoTime(), "Kaçırılan " + word, "Metin " + word + ".");
            missed.add(word);
        }
        Thread.sleep(2500);
        running.set(false);
        readers.shutdown();
        assertTrue(readers.awaitTermination(30, TimeUnit.SECONDS));
        System.out.printf("cluster: %d reader requests through nginx while B was killed, %d failed%n", ok.get(), failures.size());
        assertEquals(List.of(), failures);
        assertTrue(ok.get() > 50, "the load ran: " + ok.get());

        b.start(Map.of(), START_LIMIT); // returns once its readiness says UP
        for (String word : missed) {
            assertEquals(1, Api.searchTotal(b, word), "B, ready again, finds what was published while it was down: " + word);
        }
    }

    private static String firstPublishedKey() throws Exception {
        JsonNode stories = Api.JSON.readTree(Api.get(a, "/api/v1/stories?lang=tr"));
        JsonNode first = stories.isArray() ? stories.get(0) : stories.path("stories").get(0);
        return first.path("key").asText(first.path("story").asText());
    }

    private static long changeRows(String key) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user(), null);
                PreparedStatement query = connection.prepareStatement("select count(*) from change_log where story_key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void awaitWithin(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + limit.toMillis() + " ms");
            }
            Thread.sleep(20);
        }
    }

    /** A new empty database beside the one the test run names, so the nodes start as a new installation would. */
    private static String freshDatabase(String url, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user(), null); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    private static String user() {
        String user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
        return user == null ? "postgres" : user;
    }
}
