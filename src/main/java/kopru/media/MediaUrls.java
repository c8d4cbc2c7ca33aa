package kopru.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stable public URLs of media: /media/&lt;sha256&gt;.&lt;ext&gt; and /media/&lt;sha256&gt;-&lt;width&gt;.&lt;ext&gt;. */
public final class MediaUrls {
    public static final String PREFIX = "/media/";
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})(?:-([0-9]{3,4}))?\\.(jpg|png|gif|webp|pdf)");

    /** A file name under /media/ taken apart; width is null for the original. */
    public record Name(String hash, Integer width, String ext) {
    }

    private MediaUrls() {
    }

    public static String of(String hash, String ext) {
        return PREFIX + hash + "." + ext;
    }

    public static String variant(String hash, int width, String ext) {
        return PREFIX + hash + "-" + width + "." + ext;
    }

    /** Only names this class could have made; anything else (path traversal included) is empty. */
    public static Optional<Name> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Name(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3)));
    }

    /** The file name part of a URL that points at an original under /media/, if it is one. */
    public static Optional<Name> parseUrl(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return parse(url.substring(PREFIX.length())).filter(n -> n.width() == null);
    }
}
