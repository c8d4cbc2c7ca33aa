package kopru.account;

/** A token request that breaks a rule; {@link #problem} names it so the interface can say it in the user's language. */
public class TokenRuleException extends RuntimeException {
    public enum Problem { BAD_LABEL, BAD_PARTNER, BAD_SCOPE, NO_SUCH_ACCOUNT, NO_SUCH_TOKEN }

    public final Problem problem;

    public TokenRuleException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }
}
