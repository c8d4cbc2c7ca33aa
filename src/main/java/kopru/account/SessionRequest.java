package kopru.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a login session cookie, to be turned into the identity of its account. */
final class SessionRequest extends BaseAuthenticationRequest {
    private final String token;

    SessionRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
