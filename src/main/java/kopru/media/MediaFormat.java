package kopru.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file types Köprü accepts, each with the extension and Content-Type it is stored and served under. */
public enum MediaFormat {
    JPEG("jpg", "image/jpeg", "jpeg", true),
    PNG("png", "image/png", "png", true),
    GIF("gif", "image/gif", "gif", false),
    WEBP("webp", "image/webp", "webp", false),
    PDF("pdf", "application/pdf", null, false);

    public final String ext;
    public final String contentType;
    /** The ImageIO format name, null for documents. */
    final String imageIoName;
    /** Whether resized variants are made (GIF would lose its animation; the JDK cannot write WebP). */
    final boolean resizable;

    MediaFormat(String ext, String contentType, String imageIoName, boolean resizable) {
        this.ext = ext;
        this.contentType = contentType;
        this.imageIoName = imageIoName;
        this.resizable = resizable;
    }

    public boolean isImage() {
        return imageIoName != null;
    }

    public static Optional<MediaFormat> byExt(String ext) {
        return Arrays.stream(values()).filter(f -> f.ext.equals(ext)).findFirst();
    }

    /** The format of an ImageIO reader, by its format name ("JPEG", "png", ...). */
    static Optional<MediaFormat> byImageIoName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.equals(f.imageIoName) || "jpg".equals(lower) && f == JPEG).findFirst();
    }
}
