package kopru.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as every feed format carries it; {@code url} is absolute and is also the item's id. {@code embargo}
 * is set only on an item the public cannot see yet (partners' feed), and is then written as a marker.
 */
record FeedItem(String url, String lang, String title, String summary, String html, OffsetDateTime published,
        OffsetDateTime modified, String author, List<String> categories, OffsetDateTime embargo) {
}
