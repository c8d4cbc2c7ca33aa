package kopru.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kopru.platform.KopruConfig;

/** Taking in uploads (checked, stored once by hash, resized) and editing their alt texts. */
@ApplicationScoped
public class MediaLibrary {
    static final int MAX_TEXT = 300;

    @Inject
    MediaStore store;
    @Inject
    KopruConfig config;

    /** What an upload brought: the bytes, the name the browser gave (kept for display only) and alt texts. */
    public record Upload(byte[] bytes, String originalName, String altTr, String altKk) {
    }

    /** The item for these bytes: the existing one when they were uploaded before, else a new, checked one. */
    @Transactional
    public MediaItem add(Upload upload, String user) {
        checkSize(upload.bytes().length);
        String hash = sha256(upload.bytes());
        Optional<MediaItem> existing = MediaItem.findByHash(hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        MediaInspector.Inspection found = MediaInspector.inspect(upload.bytes());
        MediaItem item = new MediaItem();
        item.hash = hash;
        item.ext = found.format().ext;
        item.contentType = found.format().contentType;
        item.byteSize = upload.bytes().length;
        item.width = found.width();
        item.height = found.height();
        item.originalName = displayName(upload.originalName());
        item.altTr = text(upload.altTr());
        item.altKk = text(upload.altKk());
        if (!item.hasAltTexts()) {
            throw new MediaRejectedException(MediaRejectedException.Problem.MISSING_ALT, "an image needs alt text in tr and kk");
        }
        List<Resizer.Variant> variants = found.pixels() == null ? List.of() : Resizer.variants(found.format(), found.width(), found.pixels());
        store.write(hash + "." + item.ext, upload.bytes());
        variants.forEach(v -> store.write(hash + "-" + v.width() + "." + item.ext, v.bytes()));
        item.variants = variants.stream().map(v -> String.valueOf(v.width())).collect(Collectors.joining(","));
        item.uploadedBy = user;
        item.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        item.persist();
        return item;
    }

    public long maxBytes() {
        return config.media().maxBytes();
    }

    public void checkSize(long size) {
        if (size == 0) {
            throw new MediaRejectedException(MediaRejectedException.Problem.EMPTY, "0 bytes");
        }
        if (size > config.media().maxBytes()) {
            throw new MediaRejectedException(MediaRejectedException.Problem.TOO_LARGE, size + " bytes");
        }
    }

    @Transactional
    public void setAltTexts(String hash, String altTr, String altKk) {
        MediaItem item = MediaItem.findByHash(hash == null ? "" : hash)
                .orElseThrow(() -> new MediaRejectedException(MediaRejectedException.Problem.NO_SUCH_MEDIA, String.valueOf(hash)));
        String tr = text(altTr);
        String kk = text(altKk);
        if (item.isImage() && (tr == null || kk == null)) {
            throw new MediaRejectedException(MediaRejectedException.Problem.MISSING_ALT, hash);
        }
        item.altTr = tr;
        item.altKk = kk;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaItem> newest(int max) {
        return MediaItem.<MediaItem>find("order by id desc").page(0, max).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaItem> find(String hash) {
        return MediaItem.findByHash(hash);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new MediaRejectedException(MediaRejectedException.Problem.TEXT_TOO_LONG, stripped.length() + " characters");
        }
        return stripped;
    }

    /** The browser's file name without any folder part ("../../etc/passwd" is shown as "passwd"). */
    private static String displayName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? null : base.substring(0, Math.min(base.length(), 200));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
