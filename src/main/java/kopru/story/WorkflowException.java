package kopru.story;

/** A transition the article's status or the person's role does not allow. Nothing was written. */
public class WorkflowException extends RuntimeException {
    /** Whether the role was the problem (403) rather than the article's state (409). */
    public final boolean forbidden;

    public WorkflowException(String message, boolean forbidden) {
        super(message);
        this.forbidden = forbidden;
    }
}
