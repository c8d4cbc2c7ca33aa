package kopru.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret of an {@code Authorization: Bearer} header, for {@link ApiTokenIdentityProvider}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {
    private final String secret;

    public ApiTokenRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
