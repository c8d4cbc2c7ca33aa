package kopru.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kopru.admin.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The session and CSRF cookies: never readable by scripts, never sent along by other sites, and Secure whenever the
 * request reached the TLS proxy in front of the server over https (X-Forwarded-Proto from a trusted proxy).
 */
@QuarkusTest
class SecureCookieTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestHTTPResource("/")
    URL base;

    /** Posts the login form with the given extra headers (name, value, ...). */
    private HttpResponse<String> logIn(String username, String... headers) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The attributes of one Set-Cookie header, lower-cased, e.g. [httponly, samesite=strict, secure, path=/]. */
    private static List<String> attributes(HttpResponse<String> response, String cookie) {
        String header = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(cookie + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + cookie + " cookie in " + response.headers().map()));
        List<String> attributes = new ArrayList<>();
        String[] parts = header.split(";");
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].strip().toLowerCase(Locale.ROOT));
        }
        return attributes;
    }

    private static String cookieValue(HttpResponse<String> response, String cookie) {
        String header = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(cookie + "=")).findFirst()
                .orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    @Test
    void shouldMarkSessionAndCsrfCookiesSecureWhenTheProxyGotTheRequestOverTls() {
        String editor = TestAccounts.create("editor");
        HttpResponse<String> login = logIn(editor, "X-Forwarded-Proto", "https");
        assertEquals(302, login.statusCode());
        List<String> session = attributes(login, "kopru-session");
        assertTrue(session.containsAll(List.of("secure", "httponly", "samesite=strict")), session.toString());

        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(URI.create(base + "admin")).GET(),
                "Cookie", cookieValue(login, "kopru-session"), "X-Forwarded-Proto", "https");
        assertEquals(200, dashboard.statusCode());
        List<String> csrf = attributes(dashboard, "kopru-csrf");
        assertTrue(csrf.containsAll(List.of("secure", "httponly")), csrf.toString());
    }

    /** Over plain http (a developer's machine) a Secure cookie would never come back, so there it must not be one. */
    @Test
    void shouldKeepCookiesUsableOverPlainHttp() {
        String editor = TestAccounts.create("editor");
        HttpResponse<String> login = logIn(editor);
        List<String> session = attributes(login, "kopru-session");
        assertFalse(session.contains("secure"), session.toString());
        assertTrue(session.containsAll(List.of("httponly", "samesite=strict")), session.toString());
    }
}
