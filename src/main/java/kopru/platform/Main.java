package kopru.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kopru.account.ResetPasswordCommand;
import kopru.content.ContentExporter;
import kopru.content.ContentImporter;
import kopru.content.ImportReport;
import kopru.search.IndexBusyException;
import kopru.search.SearchIndexer;

/**
 * Without arguments: the server. With arguments, a command that runs and exits without opening the HTTP listener:
 * {@code export <folder> [--with-history]} and {@code import <folder> [--dry-run]} (backups in the content-folder
 * format; with {@code --server URL} through a running server's API), {@code reindex} (rebuild the search index from
 * the database while the server is stopped), {@code reset-password <username>} (the new password from
 * KOPRU_NEW_PASSWORD or standard input, never from the arguments).
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    private static final String USAGE = "usage: (no arguments: run the server) | export <folder> [--with-history] [--server URL]"
            + " | import <folder> [--dry-run] [--server URL] | reindex | reset-password <username>";

    @Inject
    ContentImporter importer;
    @Inject
    ContentExporter exporter;
    @Inject
    SearchIndexer indexer;
    @Inject
    ResetPasswordCommand resetPassword;

    public static void main(String... args) throws Exception {
        if (args.length > 0) {
            Command command = Command.parse(args);
            if (command != null && command.server != null) {
                System.exit(remote(command));
            }
            // A command shares the server's configuration but must not take its port or run its timed jobs.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
        }
        Quarkus.run(Main.class, (code, failure) -> {
            if (failure != null && causedByLockedDatabase(failure)) {
                System.err.println("The embedded database is open in the running server. Back it up through that server:\n"
                        + "  KOPRU_API_TOKEN=<an admin's API token> java -jar quarkus-run.jar " + String.join(" ", args)
                        + " --server http://localhost:8080\n(or stop the server first).");
                code = 3;
            } else if (failure != null) {
                failure.printStackTrace();
            }
            System.exit(code);
        }, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        Command command = Command.parse(args);
        if (command != null && command.name.equals("import")) {
            long start = System.nanoTime();
            ImportReport report = importer.importFolder(command.folder, !command.dryRun);
            System.out.println(report + perSecond(report.created() + report.updated() + report.unchanged(), start));
            report.problems().forEach(problem -> System.out.println("  " + problem));
            return report.problems().isEmpty() ? 0 : 1;
        }
        if (command != null && command.name.equals("export")) {
            long start = System.nanoTime();
            ContentExporter.ExportReport report = exporter.exportTo(command.folder, command.withHistory);
            System.out.println("exported " + report + " to " + command.folder.toAbsolutePath() + perSecond(report.stories(), start));
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
        if (args.length == 2 && args[0].equals("reset-password")) {
            return resetPassword.run(args[1], System.getenv(ResetPasswordCommand.ENV), System.console(), System.in, System.out, System.err);
        }
        System.err.println(USAGE);
        return 2;
    }

    /** " in 12.3 s: 4,567 stories/s": what the backup benchmark reads. */
    private static String perSecond(int stories, long startNanos) {
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        return String.format(java.util.Locale.ROOT, " in %.1f s: %.0f stories/s", seconds, stories / seconds);
    }

    private static int remote(Command command) throws Exception {
        String token = System.getenv("KOPRU_API_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("--server needs KOPRU_API_TOKEN: an API token of an admin account (/admin/tokens)");
            return 2;
        }
        RemoteBackup remote = new RemoteBackup(command.server, token);
        return command.name.equals("export") ? remote.export(command.folder, command.withHistory)
                : remote.importFolder(command.folder, !command.dryRun);
    }

    private static boolean causedByLockedDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    /** {@code export|import <folder>} with its options; null when the arguments are something else. */
    private record Command(String name, Path folder, boolean withHistory, boolean dryRun, String server) {
        static Command parse(String[] args) {
            if (args.length < 2 || !(args[0].equals("export") || args[0].equals("import"))) {
                return null;
            }
            List<String> options = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
            boolean history = options.remove("--with-history") && args[0].equals("export");
            boolean dryRun = options.remove("--dry-run") && args[0].equals("import");
            String server = null;
            int at = options.indexOf("--server");
            if (at >= 0 && at + 1 < options.size()) {
                server = options.get(at + 1);
                options.subList(at, at + 2).clear();
            }
            return options.isEmpty() ? new Command(args[0], Path.of(args[1]), history, dryRun, server) : null;
        }
    }
}
