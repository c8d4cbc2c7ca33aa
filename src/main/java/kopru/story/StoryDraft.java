package kopru.story;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;

/**
 * What an editor sends to create or update a story. Null story fields mean "leave as is" (on an update);
 * {@code embargoGiven} tells an explicit "no embargo" (null) from an absent one.
 */
public record StoryDraft(Kind kind, Lang original, boolean embargoGiven, OffsetDateTime embargo, List<String> tags,
        Map<Lang, ArticleDraft> articles) {

    /** One language version and the article version the editor started from (null for a new article). */
    public record ArticleDraft(ArticleText text, Long version) {
    }
}
