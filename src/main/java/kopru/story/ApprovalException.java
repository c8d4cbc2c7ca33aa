package kopru.story;

/** An approval that cannot be given, or a publication that lacks one. Nothing was written. */
public class ApprovalException extends WorkflowException {
    public enum Problem {
        /** Only statements take approvals. */
        NOT_A_STATEMENT(false),
        /** Approving needs the editor role. */
        NEEDS_EDITOR(true),
        /** Publishing or scheduling a statement needs another editor's approval of its current version. */
        APPROVAL_MISSING(false),
        /** The approver wrote the text's last change themselves: four eyes are two people. */
        OWN_TEXT(true);

        final boolean forbidden;

        Problem(boolean forbidden) {
            this.forbidden = forbidden;
        }
    }

    public final Problem problem;

    public ApprovalException(Problem problem, String message) {
        super(message, problem.forbidden);
        this.problem = problem;
    }
}
