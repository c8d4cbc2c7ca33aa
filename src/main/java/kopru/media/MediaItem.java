package kopru.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kopru.i18n.Lang;

/** One stored file, named by the SHA-256 of its bytes; the same bytes uploaded twice are one item. */
@Entity
@Table(name = "media_item")
public class MediaItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String hash;
    public String ext;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "byte_size")
    public long byteSize;

    public Integer width;
    public Integer height;

    /** The widths of the stored resized copies, comma-separated, smallest first; empty when there are none. */
    public String variants;

    @Column(name = "original_name")
    public String originalName;

    @Column(name = "alt_tr")
    public String altTr;

    @Column(name = "alt_kk")
    public String altKk;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    /** Set when an editor withdrew the file: it answers 410 Gone to everyone from then on. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public MediaFormat format() {
        return MediaFormat.byExt(ext).orElseThrow();
    }

    public boolean isImage() {
        return format().isImage();
    }

    public String url() {
        return MediaUrls.of(hash, ext);
    }

    public List<Integer> variantWidths() {
        return variants.isEmpty() ? List.of() : Arrays.stream(variants.split(",")).map(Integer::valueOf).toList();
    }

    public String alt(Lang lang) {
        return lang == Lang.TR ? altTr : altKk;
    }

    /** Images need alt text in both languages before a story may use them. */
    public boolean hasAltTexts() {
        return !isImage() || altTr != null && !altTr.isBlank() && altKk != null && !altKk.isBlank();
    }

    /** "1.2 MB", "340 KB": the size as people read it. */
    public String displaySize() {
        if (byteSize >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", byteSize / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(byteSize / 1024.0)) + " KB";
    }

    public static Optional<MediaItem> findByHash(String hash) {
        return find("hash", hash).firstResultOptional();
    }
}
