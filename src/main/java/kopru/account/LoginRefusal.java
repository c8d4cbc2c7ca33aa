package kopru.account;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Why a password login was refused, carried as an attribute of the (final) AuthenticationFailedException so that
 * the login page can say it. It never says whether the name exists.
 */
public record LoginRefusal(Reason reason, Duration waitFor) {
    private static final String ATTRIBUTE = "kopru.login-refusal";

    public enum Reason {
        /** Wrong name or password, or an inactive account: one answer for all three. */
        WRONG,
        /** Too many failures for this name from this address: wait before trying again. */
        THROTTLED,
        /** A user name longer than any account's, refused before any other work. */
        NAME_TOO_LONG
    }

    static AuthenticationFailedException failure(Reason reason, Duration wait) {
        return new AuthenticationFailedException(reason.name(), Map.of(ATTRIBUTE, new LoginRefusal(reason, wait)));
    }

    static Optional<LoginRefusal> of(Throwable failure) {
        return failure instanceof AuthenticationFailedException refused && refused.getAttribute(ATTRIBUTE) instanceof LoginRefusal r
                ? Optional.of(r) : Optional.empty();
    }
}
