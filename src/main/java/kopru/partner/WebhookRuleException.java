package kopru.partner;

/** A webhook change that breaks a rule; {@link #problem} names it so the interface can say it in the user's language. */
public class WebhookRuleException extends RuntimeException {
    public enum Problem { BAD_LABEL, BAD_URL, BAD_SECRET, NO_SUCH_WEBHOOK }

    public final Problem problem;

    public WebhookRuleException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }
}
