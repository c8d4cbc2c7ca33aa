import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Benchmark client (run with the Java source launcher, the PostgreSQL driver on the class path):
 *   latency <api|pg> <base-url|jdbc-url> <queries.txt> <clients> <rounds>   → p50, p99, queries/s
 *   recall  <api|pg> <base-url|jdbc-url> <judgements.tsv>                    → recall@10 on the judged set
 * "api" calls GET /api/v1/search (lang=all, size=10); "pg" runs the PostgreSQL full-text query below on
 * the bench_fts table (turkish configuration for Turkish rows, simple for Kazakh, GIN index).
 */
public class LoadTest {
    static final String PG_QUERY = "select story_key from bench_fts where "
            + "(lang = 'tr' and fts @@ websearch_to_tsquery('turkish', ?)) or (lang = 'kk' and fts @@ websearch_to_tsquery('simple', ?)) "
            + "order by ts_rank(fts, websearch_to_tsquery('turkish', ?) || websearch_to_tsquery('simple', ?)) desc limit 40";

    interface Searcher extends AutoCloseable {
        List<String> search(String query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    static Searcher searcher(String mode, String target) throws Exception {
        if (mode.equals("api")) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Pattern story = Pattern.compile("\"story\":\"([^\"]+)\"");
            return query -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(target + "/api/v1/search?size=10&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " for " + query + ": " + response.body());
                }
                List<String> keys = new ArrayList<>();
                Matcher m = story.matcher(response.body());
                while (m.find()) {
                    keys.add(m.group(1));
                }
                return keys;
            };
        }
        Connection connection = DriverManager.getConnection(target);
        PreparedStatement statement = connection.prepareStatement(PG_QUERY);
        return new Searcher() {
            @Override
            public List<String> search(String query) throws Exception {
                for (int i = 1; i <= 4; i++) {
                    statement.setString(i, query);
                }
                Set<String> keys = new LinkedHashSet<>(); // one hit per story, like the API
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next() && keys.size() < 10) {
                        keys.add(rs.getString(1));
                    }
                }
                return new ArrayList<>(keys);
            }

            @Override
            public void close() throws Exception {
                connection.close();
            }
        };
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("recall")) {
            recall(args[1], args[2], Path.of(args[3]));
        } else {
            latency(args[1], args[2], Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList(),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        }
    }

    /**
     * Steady state rather than start-up: WARMUP_SECONDS (default 60) of the query mix from WARMUP_CLIENTS (default 8)
     * clients first. A JVM server compiles its search paths and sizes its heap over the first tens of thousands of
     * queries; measured cold, the figures are those of its first minute.
     */
    static void warmUp(String mode, String target, List<String> queries) throws Exception {
        long until = System.nanoTime() + Long.parseLong(System.getenv().getOrDefault("WARMUP_SECONDS", "60")) * 1_000_000_000L;
        Thread[] threads = new Thread[Integer.parseInt(System.getenv().getOrDefault("WARMUP_CLIENTS", "8"))];
        for (int c = 0; c < threads.length; c++) {
            threads[c] = new Thread(() -> {
                try (Searcher warm = searcher(mode, target)) {
                    do {
                        for (String q : queries) {
                            warm.search(q);
                        }
                    } while (System.nanoTime() < until);
                } catch (Exception e) {
                    throw new IllegalStateException("warm-up failed", e);
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    static void latency(String mode, String target, List<String> queries, int clients, int rounds) throws Exception {
        warmUp(mode, target, queries);
        long[][] times = new long[clients][];
        long[][] byQuery = new long[queries.size()][clients * rounds];
        Thread[] threads = new Thread[clients];
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                long[] mine = new long[rounds * queries.size()];
                int n = 0;
                try (Searcher searcher = searcher(mode, target)) {
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < queries.size(); i++) {
                            int qi = (i + client * 7) % queries.size();
                            long t0 = System.nanoTime();
                            searcher.search(queries.get(qi));
                            mine[n] = System.nanoTime() - t0;
                            byQuery[qi][client * rounds + r] = mine[n++];
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
                times[client] = Arrays.copyOf(mine, n);
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "RESULT %s clients=%d queries=%d p50=%.2fms p99=%.2fms throughput=%.0f/s failures=%d%n", mode,
                clients, all.length, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all.length / seconds, failures.get());
        slowest(queries, byQuery);
    }

    /** The queries that set the tail: the five with the highest median, with their worst time. */
    static void slowest(List<String> queries, long[][] byQuery) {
        StringBuilder line = new StringBuilder("  slowest (median/worst ms):");
        List<Integer> order = new ArrayList<>(IntStream.range(0, queries.size()).boxed().toList());
        long[][] sorted = Arrays.stream(byQuery).map(t -> Arrays.stream(t).sorted().toArray()).toArray(long[][]::new);
        order.sort((a, b) -> Long.compare(sorted[b][sorted[b].length / 2], sorted[a][sorted[a].length / 2]));
        for (int i : order.subList(0, Math.min(5, order.size()))) {
            line.append(String.format(Locale.ROOT, " %s %.1f/%.1f;", queries.get(i), sorted[i][sorted[i].length / 2] / 1e6,
                    sorted[i][sorted[i].length - 1] / 1e6));
        }
        System.out.println(line);
    }

    static void recall(String mode, String target, Path judgements) throws Exception {
        double recall = 0;
        int answered = 0;
        int noAnswerClean = 0;
        int noAnswer = 0;
        try (Searcher searcher = searcher(mode, target)) {
            for (String line : Files.readAllLines(judgements)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                // the API gets the judged language; PostgreSQL searches both (its rows keep their own configuration)
                List<String> found = mode.equals("api") ? apiSearch(target, cols[1], cols[0]) : searcher.search(cols[1]);
                if (cols[2].equals("-")) {
                    noAnswer++;
                    noAnswerClean += found.isEmpty() ? 1 : 0;
                    continue;
                }
                List<String> relevant = List.of(cols[2].split(","));
                long hit = relevant.stream().filter(found::contains).count();
                recall += (double) hit / Math.min(10, relevant.size());
                answered++;
            }
        }
        System.out.printf(Locale.ROOT, "RESULT recall %s recall@10=%.3f over %d queries; no-answer queries with no hit: %d/%d%n", mode,
                recall / answered, answered, noAnswerClean, noAnswer);
    }

    static List<String> apiSearch(String base, String query, String lang) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?size=10&lang=" + lang + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"story\":\"([^\"]+)\"").matcher(response.body());
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
