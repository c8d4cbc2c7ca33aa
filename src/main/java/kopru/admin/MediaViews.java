package kopru.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import kopru.media.MediaItem;
import kopru.media.MediaLibrary;
import kopru.media.MediaRejectedException;
import kopru.media.MediaResource;
import kopru.media.MediaUrls;

/** What the media library page shows, built from the stored items. */
@ApplicationScoped
public class MediaViews {
    static final int SHOWN = 200;

    @Inject
    MediaLibrary library;

    /** {@code withdrawn} says by whom and when, null while the file is served. */
    public record MediaRow(String hash, String url, String thumbnail, String name, String type, String size, String dimensions,
            boolean image, String altTr, String altKk, boolean missingAlt, String withdrawn) {
    }

    /** A refused form post: what went wrong, and where to go back to. */
    public record RefusedPage(AdminUser user, String heading, Notice notice, String back) {
    }

    public record MediaPage(AdminUser user, String heading, Notice notice, String maxSize, List<MediaRow> items, boolean mayWithdraw) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    MediaPage page(AdminUser user, AdminMessages msg, Notice notice) {
        List<MediaRow> rows = library.newest(SHOWN).stream().map(item -> row(msg, item)).toList();
        return new MediaPage(user, msg.media(), notice, maxSize(library.maxBytes()), rows, user.editor());
    }

    /** The thumbnail comes from the staff path: the file may not be public yet. */
    static MediaRow row(AdminMessages msg, MediaItem item) {
        String thumbnail = item.variantWidths().isEmpty() ? item.url() : MediaUrls.variant(item.hash, item.variantWidths().get(0), item.ext);
        String staffThumbnail = MediaResource.STAFF_PATH + thumbnail.substring(MediaUrls.PREFIX.length());
        String withdrawn = item.isWithdrawn() ? msg.mediaWithdrawn(item.withdrawnBy, AdminTexts.bothZones(item.withdrawnAt)) : null;
        return new MediaRow(item.hash, item.url(), item.isImage() && withdrawn == null ? staffThumbnail : null,
                item.originalName == null ? item.hash : item.originalName,
                item.format().name(), item.displaySize(), item.width == null ? "" : item.width + "×" + item.height, item.isImage(),
                item.altTr, item.altKk, !item.hasAltTexts(), withdrawn);
    }

    /** The upload limit in megabytes, as the form and its refusal state it. */
    static String maxSize(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024)) : bytes / 1024 + " KB";
    }

    static String problem(AdminMessages msg, MediaRejectedException.Problem problem, long maxBytes) {
        return switch (problem) {
            case NO_FILE -> msg.mediaNoFile();
            case EMPTY -> msg.mediaEmptyFile();
            case TOO_LARGE -> msg.mediaTooLarge(maxSize(maxBytes));
            case UNKNOWN_TYPE, UNDECODABLE -> msg.mediaUnknownType();
            case TOO_MANY_PIXELS -> msg.mediaTooManyPixels();
            case MISSING_ALT -> msg.mediaMissingAlt();
            case TEXT_TOO_LONG -> msg.mediaTextTooLong();
            case NO_SUCH_MEDIA -> msg.mediaNoSuch();
        };
    }
}
