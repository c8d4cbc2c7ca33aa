package kopru.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); plain JSON, so Jackson writes it. An embargo is {@code "_kopru": {"embargo": …}}. */
@ApplicationScoped
class JsonFeedWriter {
    @Inject
    ObjectMapper json;

    String write(FeedContent content) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", content.title());
        feed.put("home_page_url", content.homeUrl());
        feed.put("feed_url", content.selfUrl());
        feed.put("description", content.description());
        if (content.language() != null) {
            feed.put("language", content.language());
        }
        if (content.hubUrl() != null) {
            feed.put("hubs", List.of(Map.of("type", "WebSub", "url", content.hubUrl())));
        }
        if (content.nextUrl() != null) {
            feed.put("next_url", content.nextUrl());
        }
        feed.put("items", content.items().stream().map(JsonFeedWriter::item).toList());
        try {
            return json.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static Map<String, Object> item(FeedItem source) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", source.url());
        item.put("url", source.url());
        item.put("title", source.title());
        if (source.summary() != null) {
            item.put("summary", source.summary());
        }
        item.put("content_html", source.html());
        item.put("date_published", rfc3339(source.published()));
        item.put("date_modified", rfc3339(source.modified()));
        if (source.author() != null) {
            item.put("authors", List.of(Map.of("name", source.author())));
        }
        item.put("tags", source.categories());
        item.put("language", source.lang());
        if (source.embargo() != null) {
            // JSON Feed's extension convention: an object whose key starts with an underscore.
            item.put("_kopru", Map.of("embargo", rfc3339(source.embargo())));
        }
        return item;
    }

    private static String rfc3339(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
