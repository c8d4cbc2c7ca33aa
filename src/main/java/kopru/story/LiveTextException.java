package kopru.story;

/** A change to live text (or to a pending one) that this person or this story's state does not allow. Nothing was written. */
public class LiveTextException extends WorkflowException {
    public enum Problem {
        /** Only editors change the kind, embargo or tags of a story that has a published or scheduled version. */
        STORY_FIELDS_NEED_EDITOR(true),
        /** A story with a published or scheduled version does not become a statement: it would be one nobody approved. */
        STATEMENT_NEEDS_UNPUBLISHED(false),
        /** Only editors publish a pending change; its writer or an editor discards it. */
        PENDING_NEEDS_EDITOR(true),
        /** No pending change, or another one than the page showed. */
        NO_PENDING(false);

        final boolean forbidden;

        Problem(boolean forbidden) {
            this.forbidden = forbidden;
        }
    }

    public final Problem problem;

    public LiveTextException(Problem problem, String message) {
        super(message, problem.forbidden);
        this.problem = problem;
    }
}
