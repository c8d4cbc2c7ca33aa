package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kopru.i18n.Lang;

/**
 * Whether a language version keeps up with the original: missing, outdated (the original's text changed
 * since the revision it was translated from) or current. Status-only saves (publishing) do not count as changes.
 */
@ApplicationScoped
public class TranslationStatus {
    public enum State {
        MISSING("missing"), OUTDATED("outdated"), CURRENT("current");

        public final String code;

        State(String code) {
            this.code = code;
        }
    }

    public State of(Story story, Lang lang) {
        Optional<Article> article = story.article(lang);
        if (article.isEmpty()) {
            return State.MISSING;
        }
        if (lang == story.original) {
            return State.CURRENT;
        }
        Optional<Revision> change = lastTextChange(story);
        if (change.isEmpty()) {
            return State.CURRENT;
        }
        Long from = article.get().translatedFromRevision;
        if (from != null) {
            return from >= change.get().number ? State.CURRENT : State.OUTDATED;
        }
        // Imported translations name no revision: compare times instead.
        return article.get().updatedAt.isBefore(change.get().savedAt) ? State.OUTDATED : State.CURRENT;
    }

    /** The number of the original's latest revision that changed its text. */
    public Optional<Long> originalTextRevision(Story story) {
        return lastTextChange(story).map(r -> (long) r.number);
    }

    private static Optional<Revision> lastTextChange(Story story) {
        Optional<Article> original = story.article(story.original);
        if (original.isEmpty() || original.get().id == null) {
            return Optional.empty();
        }
        // A pending change is not the original's text until an editor publishes it (as a new revision).
        List<Revision> revisions = Revision.list("article = ?1 and pending = false order by number", original.get());
        Revision last = null;
        Revision previous = null;
        for (Revision revision : revisions) {
            if (previous == null || !sameText(previous, revision)) {
                last = revision;
            }
            previous = revision;
        }
        return Optional.ofNullable(last);
    }

    private static boolean sameText(Revision a, Revision b) {
        return Objects.equals(a.title, b.title) && Objects.equals(a.summary, b.summary) && Objects.equals(a.body, b.body);
    }
}
