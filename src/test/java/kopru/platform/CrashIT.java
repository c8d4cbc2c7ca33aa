package kopru.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The crash test: a write answered 2xx survives {@code kill -9}, and the search index agrees with the database
 * after the restart.
 *
 * <p>Each round, a few writers save, publish, edit and unpublish stories through the write API while the
 * packaged server is killed (SIGKILL) at a random moment; the server is then started again on the same data
 * and every story must be in the state of its last acknowledged write (or of the write that was in flight when
 * the server died, which may or may not have committed). Published stories must be public and found by search,
 * nothing else found. Runs under failsafe after {@code package}, on the embedded H2 database or, in a PostgreSQL
 * build, on the database of {@code QUARKUS_DATASOURCE_JDBC_URL} (cleaned by the first start).
 * {@code -Dcrash.rounds=N} (default 20) sets the rounds; {@code -DskipITs} skips it.
 */
class CrashIT {
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 20);
    private static final int WRITERS = 3;
    /** New stories a writer makes per round at most, so that the checks stay bounded. */
    private static final int NEW_PER_ROUND = 6;
    /** Every test story has this word; search for it must find exactly the published ones. */
    private static final String WORD = "crashprobe";
    private static final String PASSWORD = "crash-test-admin-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(20);
    /** Acknowledged writes each round waits for before its random kill moment. */
    private static final int MIN_ACKNOWLEDGED = 5;
    private static final Duration FIRST_ANSWERS_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final List<Story> stories = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private PackagedServer server;

    /** What a story looks like after a write: its Turkish article's status and body, or absent. */
    record State(String status, String body) {
        static final State ABSENT = new State("absent", null);
    }

    /** One test story: its last acknowledged state and, while a request is unanswered, the state it would make. */
    static final class Story {
        final String key;
        volatile State acked = State.ABSENT;
        volatile State inFlight;
        volatile long version;
        int edits;

        Story(String key) {
            this.key = key;
        }
    }

    @Test
    void shouldKeepEveryAcknowledgedWriteThroughKillNine() throws Exception {
        assertTrue(Files.isRegularFile(PackagedServer.JAR), "no packaged server at " + PackagedServer.JAR + ": run after package");
        Path work = Files.createDirectories(Path.of("target", "crash-test"));
        Path data = Files.createTempDirectory(work, "data-");
        server = new PackagedServer(data, data.resolveSibling(data.getFileName() + "-logs"), PackagedServer.settings(
                "KOPRU_ADMIN_PASSWORD", PASSWORD,
                "KOPRU_CONTENT_DIR", data.resolve("no-content").toAbsolutePath().toString()));
        long began = System.nanoTime();
        int lost = 0;
        List<String> report = new ArrayList<>();
        try {
            // the first start empties the database (a PostgreSQL run reuses one); later ones keep everything
            server.start(PackagedServer.settings("QUARKUS_FLYWAY_CLEAN_AT_START", "true", "QUARKUS_FLYWAY_CLEAN_DISABLED", "false"),
                    START_TIMEOUT);
            for (int round = 1; round <= ROUNDS; round++) {
                int before = acknowledged.get();
                burstAndKill(round);
                server.start(Map.of(), START_TIMEOUT);
                List<String> missing = verifyAfterRestart();
                lost += missing.size();
                report.add("round " + round + ": " + (acknowledged.get() - before) + " writes acknowledged, "
                        + missing.size() + " lost" + (missing.isEmpty() ? "" : " " + missing));
                assertSearchAgrees();
            }
        } finally {
            server.stop();
            System.out.println("CrashIT (" + server.starts() + " starts, " + (System.nanoTime() - began) / 1_000_000_000 + " s):\n  "
                    + String.join("\n  ", report));
        }
        assertEquals(List.of(), List.copyOf(refusals), "every write must be answered 2xx or not at all");
        assertTrue(acknowledged.get() >= ROUNDS * MIN_ACKNOWLEDGED, "too few acknowledged writes to test anything: " + report);
        assertEquals(0, lost, lost + " of " + acknowledged.get() + " acknowledged writes were lost: " + report);
    }

    /** Writers run until the server is killed at a random moment of the burst. */
    private void burstAndKill(int round) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String writer = "-w" + w + "-";
            // each writer keeps to its own stories (earlier rounds' too), so that writers never race each other;
            // all lists are taken before any writer starts adding to the shared one
            List<Story> mine = stories.stream().filter(story -> story.key.contains(writer)).collect(Collectors.toList());
            String prefix = String.format("crash-r%02d", round) + writer;
            writers.add(new Thread(() -> write(prefix, mine, stop), "crash-writer-" + w));
        }
        writers.forEach(Thread::start);
        // a kill before the first answer would test nothing: wait for some acknowledged writes, then a random moment
        int before = acknowledged.get();
        long deadline = System.nanoTime() + FIRST_ANSWERS_TIMEOUT.toNanos();
        while (acknowledged.get() - before < MIN_ACKNOWLEDGED && System.nanoTime() < deadline && writers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(10);
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(0, 2000));
        server.kill();
        stop.set(true);
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private void write(String prefix, List<Story> mine, AtomicBoolean stop) {
        int made = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!stop.get()) {
            boolean create = made < NEW_PER_ROUND && (mine.isEmpty() || random.nextInt(3) == 0);
            Story story;
            if (create) {
                story = new Story(prefix + made++);
                stories.add(story);
                mine.add(story);
            } else {
                story = mine.get(random.nextInt(mine.size()));
            }
            if (story.acked == State.ABSENT) {
                if (!create) {
                    continue;
                }
                send(story, "PUT", "/api/v1/admin/stories/" + story.key, storyJson(story, null), new State("draft", body(story, 0)));
            } else if (!story.acked.status().equals("published")) {
                send(story, "POST", "/api/v1/admin/stories/" + story.key + "/tr/transitions", "{\"to\":\"published\"}",
                        new State("published", story.acked.body()));
            } else if (random.nextInt(3) > 0) {
                int edit = story.edits + 1;
                if (send(story, "PUT", "/api/v1/admin/stories/" + story.key, storyJson(story, edit),
                        new State("published", body(story, edit)))) {
                    story.edits = edit;
                }
            } else {
                send(story, "POST", "/api/v1/admin/stories/" + story.key + "/tr/transitions", "{\"to\":\"archived\"}",
                        new State("archived", story.acked.body()));
            }
            if (story.inFlight != null) {
                return; // no answer: the server is gone
            }
        }
    }

    /** Sends one write; true when it was acknowledged (2xx), which makes {@code next} the story's acknowledged state. */
    private boolean send(Story story, String method, String path, String json, State next) {
        story.inFlight = next;
        HttpResponse<String> answer;
        try {
            answer = client.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException noAnswer) {
            return false; // unknown outcome: inFlight stays set
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (answer.statusCode() / 100 != 2) {
            refusals.add(method + " " + path + " → " + answer.statusCode() + ": " + answer.body());
            return false;
        }
        story.version = json(answer.body()).at("/articles/tr/version").asLong();
        story.acked = next;
        story.inFlight = null;
        acknowledged.incrementAndGet();
        return true;
    }

    private static String body(Story story, int edit) {
        return WORD + " metni " + story.key + ", sürüm " + edit + ".";
    }

    private static String storyJson(Story story, Integer edit) {
        String version = edit == null ? "" : ",\"version\":" + story.version;
        return "{\"kind\":\"news\",\"original\":\"tr\",\"tags\":[],\"articles\":{\"tr\":{\"title\":\"Deneme " + story.key
                + "\",\"summary\":\"Özet\",\"body\":\"" + body(story, edit == null ? 0 : edit) + "\"" + version + "}}}";
    }

    /**
     * Every story is in its acknowledged state, or in the state of the write it had in flight; published ones are
     * public. Returns the stories that lost an acknowledged write, and makes what was found the new acknowledged state.
     */
    private List<String> verifyAfterRestart() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Story story : List.copyOf(stories)) {
            HttpResponse<String> answer = get("/api/v1/admin/stories/" + story.key, true);
            State found;
            if (answer.statusCode() == 404) {
                found = State.ABSENT;
            } else {
                assertEquals(200, answer.statusCode(), answer.body());
                JsonNode article = json(answer.body()).at("/articles/tr");
                found = new State(article.get("status").asText(), article.get("body").asText());
                story.version = article.get("version").asLong();
            }
            if (!found.equals(story.acked) && !found.equals(story.inFlight)) {
                missing.add(story.key + " (acknowledged " + story.acked + ", found " + found + ")");
            }
            if (found.body() != null && found.body().equals(body(story, story.edits + 1))) {
                story.edits++; // the edit in flight was committed after all
            }
            story.acked = found;
            story.inFlight = null;
            int publicAnswer = get("/api/v1/stories/" + story.key, false).statusCode();
            assertEquals(found.status().equals("published") ? 200 : 404, publicAnswer, story.key + " is " + found.status());
        }
        stories.removeIf(story -> story.acked == State.ABSENT);
        return missing;
    }

    /** Search finds exactly the published stories (the index follows the database within a second of the start). */
    private void assertSearchAgrees() throws Exception {
        Set<String> published = stories.stream().filter(story -> story.acked.status().equals("published"))
                .map(story -> story.key).collect(Collectors.toCollection(TreeSet::new));
        long deadline = System.nanoTime() + INDEX_TIMEOUT.toNanos();
        Set<String> found;
        do {
            found = searchAll();
            if (found.equals(published)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(published);
        Set<String> absent = new TreeSet<>(published);
        absent.removeAll(found);
        throw new AssertionError("search disagrees with the database after restart: not found " + absent + ", found but not published " + extra);
    }

    private Set<String> searchAll() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> answer = get("/api/v1/search?q=" + WORD + "&lang=tr&size=100&page=" + page, false);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode hits = json(answer.body()).get("hits");
            hits.forEach(hit -> keys.add(hit.get("story").asText()));
            if (hits.size() < 100) {
                return keys;
            }
        }
    }

    private HttpResponse<String> get(String path, boolean admin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (admin) {
            request.header("Authorization", basic);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
