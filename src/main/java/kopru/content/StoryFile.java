package kopru.content;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.Kind;
import kopru.story.PressFields;

/**
 * One story folder as read from disk. {@code published} is the story's first publication (null: never published);
 * in a folder written before per-article status existed it also publishes every article (see {@link ArticleFile}).
 */
public record StoryFile(Path folder, String key, Kind kind, List<String> tags, OffsetDateTime published,
        OffsetDateTime embargo, Lang original, Map<Lang, ArticleFile> articles, List<PressFields.Contact> contacts,
        List<PressFields.Attachment> attachments) {

    Path storyYaml() {
        return folder.resolve(ContentReader.STORY);
    }
}
