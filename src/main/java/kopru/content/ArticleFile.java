package kopru.content;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.story.ArticleText;
import kopru.story.Status;

/**
 * One {@code tr.md} / {@code kk.md}: the text plus its state. {@code published} is the publication (or planned)
 * time; {@code updated} null means "when imported"; {@code formerSlugs} are the slugs that still redirect;
 * {@code outdated} marks a translation made from an older text of the original; {@code history} holds the
 * revisions of an export made {@code --with-history}, oldest first (empty otherwise).
 */
public record ArticleFile(Path file, ArticleText text, Status status, OffsetDateTime published, OffsetDateTime updated,
        List<String> formerSlugs, String about, boolean outdated, List<RevisionFile> history) {
}
