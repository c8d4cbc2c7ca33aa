package kopru.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import kopru.content.ContentExporter;
import kopru.content.ContentImporter;
import kopru.content.ImportReport;
import kopru.search.IndexBusyException;
import kopru.search.SearchIndexer;

/**
 * Without arguments: the server. With arguments, a command that runs and exits:
 * {@code import <folder>} and {@code export <folder>} (backups in the content-folder format), {@code reindex}
 * (rebuild the search index from the database while the server is stopped).
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    @Inject
    ContentImporter importer;
    @Inject
    ContentExporter exporter;
    @Inject
    SearchIndexer indexer;

    public static void main(String... args) {
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length == 2 && args[0].equals("import")) {
            ImportReport report = importer.importFolder(Path.of(args[1]));
            System.out.println(report);
            report.problems().forEach(problem -> System.out.println("  not imported: " + problem));
            return report.problems().isEmpty() ? 0 : 1;
        }
        if (args.length == 2 && args[0].equals("export")) {
            ContentExporter.ExportReport report = exporter.exportTo(Path.of(args[1]), false);
            System.out.println("exported " + report + " to " + Path.of(args[1]).toAbsolutePath());
            return 0;
        }
        if (args.length == 1 && args[0].equals("reindex")) {
            try {
                SearchIndexer.RebuildReport report = indexer.rebuildNow();
                System.out.printf("reindexed %d stories (%d articles) in %.1f s: %.0f articles/s%n", report.stories(),
                        report.articles(), report.took().toMillis() / 1000.0, report.articlesPerSecond());
                return 0;
            } catch (IndexBusyException e) {
                System.err.println("reindex: " + e.getMessage());
                return 1;
            }
        }
        System.err.println("usage: (no arguments: run the server) | import <folder> | export <folder> | reindex");
        return 2;
    }
}
