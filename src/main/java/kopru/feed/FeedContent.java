package kopru.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A feed before it is written in a format. {@code language} is null for the feed of both languages.
 * The paging links (RFC 5005) are absolute URLs of the same feed, null where there is none, and so is
 * {@code hubUrl} when no WebSub hub is configured.
 */
record FeedContent(String title, String description, String language, String homeUrl, String selfUrl, OffsetDateTime updated,
        List<FeedItem> items, String firstUrl, String previousUrl, String nextUrl, String lastUrl, String hubUrl) {
}
