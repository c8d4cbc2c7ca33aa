package kopru.content;

import java.time.OffsetDateTime;
import kopru.story.ArticleText;
import kopru.story.Status;

/** One kept revision, as {@code history/<lang>/<number>.md} holds it. */
public record RevisionFile(int number, String savedBy, OffsetDateTime savedAt, Status status, ArticleText text) {
}
