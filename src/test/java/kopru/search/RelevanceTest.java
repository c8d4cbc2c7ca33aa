package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kopru.content.ContentImporter;
import kopru.i18n.Lang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The judged query set (src/test/resources/search/judgements.tsv): recall@10 over the queries with an
 * answer must reach 0.95, and queries without one must find nothing. Prints recall@10 and MRR.
 */
@QuarkusTest
@TestProfile(SearchTestProfile.class)
class RelevanceTest {
    static final Path JUDGEMENTS = Path.of("src/test/resources/search/judgements.tsv");

    @Inject
    ContentImporter importer;
    @Inject
    SearchIndexer indexer;
    @Inject
    SearchService search;

    record Judgement(String lang, String query, List<String> relevant, String note) {
    }

    @BeforeEach
    void corpus() throws InterruptedException {
        SearchTestStories.ensureImported(importer, indexer);
    }

    @Test
    void shouldReachRecallAtTenOnJudgedQueries() throws IOException {
        List<Judgement> judgements = judgements();
        assertTrue(judgements.size() >= 60, "at least 60 judged queries");
        double recallSum = 0;
        double reciprocalRankSum = 0;
        int answered = 0;
        List<String> problems = new ArrayList<>();
        for (Judgement j : judgements) {
            Lang lang = j.lang().equals("all") ? null : Lang.of(j.lang()).orElseThrow();
            SearchResult result = search.search(new SearchRequest(j.query(), lang, null, null, null, 1, 10, null));
            List<String> found = result.hits().stream().map(SearchResult.Hit::story).toList();
            if (j.relevant().isEmpty()) {
                if (!found.isEmpty()) {
                    problems.add(String.format("no-answer query [%s] %s found %s", j.lang(), j.query(), found));
                }
                continue;
            }
            answered++;
            long hits = j.relevant().stream().filter(found::contains).count();
            double recall = (double) hits / Math.min(10, j.relevant().size());
            recallSum += recall;
            int rank = 0;
            for (int i = 0; i < found.size(); i++) {
                if (j.relevant().contains(found.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            reciprocalRankSum += rank == 0 ? 0 : 1.0 / rank;
            if (recall < 1 || rank != 1) {
                problems.add(String.format(Locale.ROOT, "[%s] %s: recall %.2f, first relevant at %d; missing %s; found %s", j.lang(),
                        j.query(), recall, rank, j.relevant().stream().filter(r -> !found.contains(r)).toList(), found));
            }
        }
        double recallAt10 = recallSum / answered;
        double mrr = reciprocalRankSum / answered;
        System.out.printf(Locale.ROOT, "Search relevance: %d judged queries (%d with an answer): recall@10 = %.3f, MRR = %.3f%n",
                judgements.size(), answered, recallAt10, mrr);
        problems.forEach(p -> System.out.println("  " + p));
        assertTrue(recallAt10 >= 0.95, String.format(Locale.ROOT, "recall@10 %.3f < 0.95", recallAt10));
        assertEquals(List.of(), problems.stream().filter(p -> p.startsWith("no-answer")).toList());
    }

    static List<Judgement> judgements() throws IOException {
        List<Judgement> out = new ArrayList<>();
        for (String line : Files.readAllLines(JUDGEMENTS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            List<String> relevant = cols[2].equals("-") ? List.of() : Arrays.asList(cols[2].split(","));
            out.add(new Judgement(cols[0], cols[1], relevant, cols.length > 3 ? cols[3] : ""));
        }
        return out;
    }
}
