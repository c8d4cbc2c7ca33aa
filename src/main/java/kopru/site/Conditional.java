package kopru.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Conditional GET (RFC 9110) for answers we build ourselves: cached pages and feeds, media files, the partners' feed.
 */
public final class Conditional {
    private Conditional() {
    }

    /** {@code etag} is quoted; If-None-Match wins over If-Modified-Since; an unreadable date is ignored. */
    public static boolean notModified(String etag, Instant modified, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).anyMatch(etag::equals);
        }
        if (ifModifiedSince != null && modified != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.strip(), Instant::from);
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
