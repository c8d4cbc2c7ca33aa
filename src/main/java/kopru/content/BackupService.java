package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kopru.platform.KopruConfig;

/**
 * Backups while the server runs: an export streamed as a zip, and an import of a zip that is checked first (a dry
 * run) and applied only when asked. An archive tried in the admin page waits, under a random token, for its
 * "apply" in {@code KOPRU_DATA_DIR/import-pending/} (at most a few, each for an hour).
 */
@ApplicationScoped
public class BackupService {
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    private static final long TEXT_FILE_BYTES = 2 * 1024 * 1024;
    private static final Duration PENDING_FOR = Duration.ofHours(1);
    private static final int MAX_PENDING = 4;
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ContentExporter exporter;
    @Inject
    ContentImporter importer;
    @Inject
    KopruConfig config;
    @Inject
    InstantSource clock;

    public ContentExporter.ExportReport exportZip(OutputStream out, boolean withHistory) {
        try (ExportSink sink = ExportSink.zip(out)) {
            return exporter.exportTo(sink, withHistory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws ArchiveUnpacker.Rejected for an archive that is not a safe zip; {@link ImportBusyException} */
    public ImportReport importZip(InputStream zip, boolean apply) {
        Path root = ArchiveUnpacker.unpack(zip, Math.max(TEXT_FILE_BYTES, config.media().maxBytes()), MAX_TOTAL_BYTES);
        try {
            ImportReport report = importer.importFolder(root, apply);
            // Problems name files inside the archive, not in the temporary folder it was unpacked to.
            List<ContentProblem> relative = report.problems().stream()
                    .map(p -> new ContentProblem(p.path().startsWith(root) ? root.relativize(p.path()) : p.path().getFileName(), p.line(), p.reason()))
                    .toList();
            return new ImportReport(report.applied(), report.created(), report.updated(), report.unchanged(), report.tags(),
                    report.media(), report.accounts(), relative);
        } finally {
            ArchiveUnpacker.delete(root);
        }
    }

    /** Keeps an uploaded archive for a later {@link #applyPending}; returns its token. */
    public String keep(InputStream zip) {
        try {
            Path folder = pendingFolder();
            Files.createDirectories(folder);
            forgetOld(folder);
            String token = HexFormat.of().formatHex(randomBytes());
            Path file = folder.resolve(token + ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = zip.transferTo(out);
                if (copied > MAX_TOTAL_BYTES) {
                    Files.delete(file);
                    throw new ArchiveUnpacker.Rejected(ArchiveUnpacker.Problem.TOO_LARGE, null);
                }
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dry run (apply false) or the import (true) of a kept archive; empty when the token is unknown or expired. */
    public Optional<ImportReport> importPending(String token, boolean apply) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Path file = pendingFolder().resolve(token + ".zip");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report = importZip(in, apply);
            if (report.applied()) {
                Files.deleteIfExists(file);
            }
            return Optional.of(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetOld(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kept = files.sorted((a, b) -> Long.compare(modified(b), modified(a))).toList();
            for (int i = 0; i < kept.size(); i++) {
                if (i >= MAX_PENDING - 1 || clock.millis() - modified(kept.get(i)) > PENDING_FOR.toMillis()) {
                    Files.deleteIfExists(kept.get(i));
                }
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private Path pendingFolder() {
        return config.dataDir().resolve("import-pending");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
