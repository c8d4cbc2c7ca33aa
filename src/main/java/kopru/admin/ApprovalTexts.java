package kopru.admin;

import kopru.story.ApprovalException;

/** The approval rule's refusals in the user's language (admin forms and the write API). */
public final class ApprovalTexts {
    private ApprovalTexts() {
    }

    public static String problem(AdminMessages msg, ApprovalException.Problem problem) {
        return switch (problem) {
            case NOT_A_STATEMENT -> msg.approvalNotAStatement();
            case NEEDS_EDITOR -> msg.approvalNeedsEditor();
            case APPROVAL_MISSING -> msg.approvalMissing();
        };
    }
}
