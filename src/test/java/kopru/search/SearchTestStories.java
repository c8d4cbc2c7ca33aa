package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import kopru.content.ContentImporter;
import kopru.content.ImportReport;
import kopru.story.Story;

/** Imports src/test/resources/search-stories (once per application start) and waits for the index. */
final class SearchTestStories {
    static final Path FOLDER = Path.of("src/test/resources/search-stories");

    private SearchTestStories() {
    }

    static void ensureImported(ContentImporter importer, SearchIndexer indexer) throws InterruptedException {
        if (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Story.findByKey("test-yarin-hava").isEmpty())) {
            ImportReport report = importer.importFolder(FOLDER);
            assertEquals(0, report.problems().size(), () -> "test stories not imported: " + report.problems());
        }
        awaitIndex(indexer);
    }

    static void awaitIndex(SearchIndexer indexer) throws InterruptedException {
        assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(60)), "the search index did not catch up within 60 s");
    }
}
