package kopru.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the public read API: only what the public may see. */
public final class PublicStoryJson {
    private PublicStoryJson() {
    }

    public record Page(int page, int size, long total, List<Story> stories) {
    }

    /** {@code published} is the story's first publication; {@code articles} holds its public language versions only. */
    public record Story(String key, String kind, List<String> tags, String original, String published, Map<String, Article> articles) {
    }

    public record Article(String title, String summary, String url, String published, String updated,
            @JsonProperty("body_html") String bodyHtml) {
    }
}
