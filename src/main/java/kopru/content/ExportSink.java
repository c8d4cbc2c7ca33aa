package kopru.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where an export goes: a folder, or a zip archive streamed to a client. Paths are relative, with '/'. */
public interface ExportSink extends Closeable {
    void put(String path, byte[] bytes) throws IOException;

    void copy(String path, Path file) throws IOException;

    /** A new or empty folder: an export never mixes with an older one (a story deleted since would come back). */
    static ExportSink folder(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                if (files.anyMatch(Files::isRegularFile)) {
                    throw new IllegalArgumentException(root + " is not empty: export into a new or empty folder");
                }
            }
        }
        Files.createDirectories(root);
        return new ExportSink() {
            @Override
            public void put(String path, byte[] bytes) throws IOException {
                Files.write(target(path), bytes);
            }

            @Override
            public void copy(String path, Path file) throws IOException {
                Files.copy(file, target(path));
            }

            private Path target(String path) throws IOException {
                Path target = root.resolve(path);
                Files.createDirectories(target.getParent());
                return target;
            }

            @Override
            public void close() {
            }
        };
    }

    /** A zip with fixed entry times, so that the same database gives the same bytes. */
    static ExportSink zip(OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(out);
        return new ExportSink() {
            @Override
            public void put(String path, byte[] bytes) throws IOException {
                zip.putNextEntry(entry(path));
                zip.write(bytes);
                zip.closeEntry();
            }

            @Override
            public void copy(String path, Path file) throws IOException {
                zip.putNextEntry(entry(path));
                Files.copy(file, zip);
                zip.closeEntry();
            }

            private ZipEntry entry(String path) {
                ZipEntry entry = new ZipEntry(path);
                entry.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
                return entry;
            }

            @Override
            public void close() throws IOException {
                zip.finish();
                zip.flush();
            }
        };
    }
}
