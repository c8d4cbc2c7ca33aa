package kopru.content;

import java.util.List;

/**
 * Outcome of one import or dry run: stories created, updated and unchanged, tags, media and accounts created or
 * changed, and every problem with its file and line. {@code applied} is true only when it was asked for and there
 * was no problem at all: otherwise nothing was changed.
 */
public record ImportReport(boolean applied, int created, int updated, int unchanged, int tags, int media, int accounts,
        List<ContentProblem> problems) {
    @Override
    public String toString() {
        return (applied ? "" : "not applied: ") + "created " + created + ", updated " + updated + ", unchanged " + unchanged
                + " (tags " + tags + ", media " + media + ", accounts " + accounts + "), problems " + problems.size();
    }
}
