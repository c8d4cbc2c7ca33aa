package kopru.feed;

import java.util.Arrays;
import java.util.Optional;

/** The three feed formats, by the file name they have in every feed URL. */
public enum FeedFormat {
    RSS("rss.xml", "application/rss+xml;charset=UTF-8", "application/rss+xml"),
    ATOM("atom.xml", "application/atom+xml;charset=UTF-8", "application/atom+xml"),
    JSON("feed.json", "application/feed+json;charset=UTF-8", "application/feed+json");

    /** The path parameter pattern that matches exactly these file names. */
    public static final String FILES = "rss\\.xml|atom\\.xml|feed\\.json";

    private final String file;
    private final String contentType;
    private final String mediaType;

    FeedFormat(String file, String contentType, String mediaType) {
        this.file = file;
        this.contentType = contentType;
        this.mediaType = mediaType;
    }

    public String file() {
        return file;
    }

    public String contentType() {
        return contentType;
    }

    /** Without parameters, for {@code <link rel="alternate" type>}. */
    public String mediaType() {
        return mediaType;
    }

    public static Optional<FeedFormat> byFile(String file) {
        return Arrays.stream(values()).filter(f -> f.file.equals(file)).findFirst();
    }
}
