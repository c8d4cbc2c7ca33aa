package kopru.story;

/** Press-release fields that cannot be saved; nothing was written. The problem is shown in the user's language. */
public class PressRuleException extends RuntimeException {
    public enum Problem {
        NAME_MISSING(400), BAD_EMAIL(400), BAD_PHONE(400), TOO_LONG(400), NO_SUCH_MEDIA(400), ALT_MISSING(400),
        TITLE_MISSING(400), STALE(409);

        public final int status;

        Problem(int status) {
            this.status = status;
        }
    }

    public final Problem problem;
    /** Which entry (1-based row of contacts or attachments), 0 when not about one entry. */
    public final int row;

    public PressRuleException(Problem problem, int row, String detail) {
        super(problem + (row > 0 ? " in row " + row : "") + ": " + detail);
        this.problem = problem;
        this.row = row;
    }
}
