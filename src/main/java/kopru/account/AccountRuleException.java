package kopru.account;

/** An account change that breaks a rule; {@link #problem} names it so the interface can say it in the user's language. */
public class AccountRuleException extends RuntimeException {
    public enum Problem { BAD_USERNAME, USERNAME_TAKEN, WEAK_PASSWORD, WRONG_PASSWORD, BAD_ROLE, NO_SUCH_ACCOUNT, LAST_ADMIN }

    public final Problem problem;

    public AccountRuleException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }
}
