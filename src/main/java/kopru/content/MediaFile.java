package kopru.content;

import java.nio.file.Path;

/** One media file of {@code media/} with what {@code media.yaml} says about it. */
public record MediaFile(Path file, String hash, String ext, String originalName, String altTr, String altKk) {
}
