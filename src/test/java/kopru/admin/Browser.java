package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kopru.site.Site;
import org.jsoup.nodes.Element;

/**
 * A cookie-keeping HTTP client for the admin side (JDK HttpClient, see {@link Site} for why not REST Assured).
 * Redirects are not followed, so tests see them.
 */
public final class Browser {
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();

    /** A fresh browser logged in as {@code username}; fails the test when login does not succeed. */
    public static Browser loggedIn(String username, String password) {
        Browser browser = new Browser();
        Site.Reply reply = browser.login(username, password);
        assertEquals(302, reply.statusCode(), "login of " + username);
        assertEquals("/admin", Site.locationPath(reply), "login of " + username + " should land on the dashboard");
        return browser;
    }

    public Site.Reply login(String username, String password) {
        return post("/j_security_check", Map.of("j_username", username, "j_password", password));
    }

    /** GET with optional headers given as name, value, name, value... */
    public Site.Reply get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, path);
    }

    /** POST a form as the browser would: with the CSRF token of the page it came from, read from the cookie jar. */
    public Site.Reply postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("csrf-token", csrfToken());
        return post(path, withToken);
    }

    /** POST a form exactly as given (no CSRF token unless it is in the fields). */
    public Site.Reply post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), path);
    }

    /**
     * POST any body with this browser's cookies: {@code contentType} null sends none; {@code headers} as name, value, ...
     * (for requests a script or another site could make).
     */
    public Site.Reply postRaw(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, path);
    }

    /**
     * POST a multipart form with one file, as a browser's upload form does; the CSRF token is only sent when
     * {@code fields} holds it (see {@link #csrfToken()}).
     */
    public Site.Reply postMultipart(String path, Map<String, String> fields, String fileName, String fileType, byte[] file) {
        String boundary = "kopru-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), path);
    }

    /** The token of the CSRF cookie, fetching an admin page first when there is none yet. */
    public String csrfToken() {
        String token = cookie("kopru-csrf");
        if (token == null) {
            get("/admin");
            token = cookie("kopru-csrf");
        }
        assertNotNull(token, "no CSRF cookie after visiting /admin");
        return token;
    }

    /** The hidden CSRF field of the first form on a page. */
    public static String formToken(Site.Reply page) {
        Element input = page.html().selectFirst("input[name=csrf-token]");
        assertNotNull(input, "no CSRF field on " + page.path());
        return input.attr("value");
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    }

    private Site.Reply send(HttpRequest.Builder request, String path) {
        return send(client, request, path);
    }

    static Site.Reply send(HttpClient client, HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Site.Reply(path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(path + " interrupted", e);
        }
    }

    /** An API request with HTTP Basic credentials (or none when username is null); body may be null. */
    public static Site.Reply api(String method, String path, String username, String password, String json) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = request(path).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return send(client, request, method + " " + path);
    }

    /** An API request with an arbitrary Authorization header. */
    public static Site.Reply apiWith(String method, String path, String authorization, String json) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = request(path).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Authorization", authorization);
        return send(client, request, method + " " + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
