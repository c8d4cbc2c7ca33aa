package kopru.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import kopru.platform.KopruConfig;

/**
 * The media files under KOPRU_DATA_DIR/media/ (a shared volume when several nodes run). A file's name is its
 * content hash, so a file once written never changes: writing again is skipped, and a half-written file is
 * never seen because each is written beside its place and then moved there.
 */
@ApplicationScoped
public class MediaStore {
    @Inject
    KopruConfig config;

    void write(String fileName, byte[] bytes) {
        Path target = file(fileName);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file, if it is there; the name must come from {@link MediaUrls} (no path separators). */
    public Optional<Path> find(String fileName) {
        Path path = file(fileName);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path file(String fileName) {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a media file name: " + fileName);
        }
        return config.dataDir().resolve("media").resolve(fileName);
    }
}
