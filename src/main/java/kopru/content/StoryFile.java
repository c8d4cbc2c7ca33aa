package kopru.content;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import kopru.story.Kind;

/** One story folder as read from disk. {@code published} null means a draft. */
public record StoryFile(Path folder, String key, Kind kind, List<String> tags, OffsetDateTime published,
        OffsetDateTime embargo, Lang original, Map<Lang, ArticleText> articles) {
}
