package kopru.admin;

import kopru.story.ApprovalException;
import kopru.story.LiveTextException;

/** The refusals of the approval and live-text rules in the user's language (admin forms and the write API). */
public final class ApprovalTexts {
    private ApprovalTexts() {
    }

    public static String problem(AdminMessages msg, LiveTextException.Problem problem) {
        return switch (problem) {
            case STORY_FIELDS_NEED_EDITOR -> msg.liveStoryFieldsNeedEditor();
            case STATEMENT_NEEDS_UNPUBLISHED -> msg.liveStatementNeedsUnpublished();
            case PENDING_NEEDS_EDITOR -> msg.livePendingNeedsEditor();
            case NO_PENDING -> msg.liveNoPending();
        };
    }

    public static String problem(AdminMessages msg, ApprovalException.Problem problem) {
        return switch (problem) {
            case NOT_A_STATEMENT -> msg.approvalNotAStatement();
            case NEEDS_EDITOR -> msg.approvalNeedsEditor();
            case APPROVAL_MISSING -> msg.approvalMissing();
            case OWN_TEXT -> msg.approvalOwnText();
        };
    }
}
