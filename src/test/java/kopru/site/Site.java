package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Test helpers for the public site: raw GETs (paths sent as written, redirects not followed) and page structure.
 *
 * <p>Requests go through the JDK's HttpClient rather than REST Assured: REST Assured 5.5 lower-cases its
 * "failure" handler name with the default locale, so under a Turkish locale ("faılure") every 4xx answer
 * throws instead of being returned (rest-assured issue #1534), and these tests must run under tr_TR.
 */
public final class Site {
    /** What a leaked exception looks like: a class name, a stack frame, an exception word. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|Caused by|\\tat |\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|javax|jakarta|kopru|io\\.quarkus|io\\.vertx|io\\.netty"
                    + "|org\\.jboss|org\\.hibernate|org\\.h2|org\\.postgresql)\\.[a-z]+\\.");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Site() {
    }

    /** One answer of the server. */
    public record Reply(String path, int statusCode, HttpHeaders headers, String body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public Reply expect(int status) {
            assertEquals(status, statusCode, () -> "GET " + path + " gave " + statusCode + ":\n" + body);
            return this;
        }

        public Reply expectHtml() {
            String type = header("Content-Type");
            assertTrue(type != null && type.startsWith("text/html"), () -> "GET " + path + " gave Content-Type " + type);
            return this;
        }

        public Document html() {
            return Jsoup.parse(body);
        }
    }

    /** GET with optional headers given as name, value, name, value... */
    public static Reply get(String path, String... headers) {
        return getFrom(base(), path, headers);
    }

    /** GET from the management port (health, metrics), which the public port does not serve. */
    public static Reply management(String path, String... headers) {
        // test.management.url ends in the management root path (/q); paths here are absolute
        URI management = URI.create(ConfigProvider.getConfig().getValue("test.management.url", String.class));
        return getFrom(management.getScheme() + "://" + management.getAuthority(), path, headers);
    }

    private static Reply getFrom(String base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("GET " + path + " interrupted", e);
        }
    }

    /** The test server's address, as Quarkus sets it for REST Assured. */
    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    public static Document html(Reply reply) {
        return reply.html();
    }

    /** The path of a Location header, whether the server made it absolute or not. */
    public static String locationPath(Reply reply) {
        String location = reply.header("Location");
        assertNotNull(location, () -> "no Location header on " + reply.path());
        return URI.create(location).getRawPath();
    }

    public static String canonical(Document page) {
        Element link = page.selectFirst("head link[rel=canonical]");
        assertNotNull(link, "no canonical link");
        return link.attr("href");
    }

    /** hreflang → href of the {@code <link rel="alternate" hreflang>} elements in the head. */
    public static Map<String, String> alternates(Document page) {
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : page.select("head link[rel=alternate][hreflang]")) {
            String previous = alternates.put(link.attr("hreflang"), link.attr("href"));
            assertEquals(null, previous, "hreflang " + link.attr("hreflang") + " appears twice");
        }
        return alternates;
    }

    public static String metaProperty(Document page, String property) {
        Element meta = page.selectFirst("head meta[property=" + property + "]");
        assertNotNull(meta, "no meta property " + property);
        return meta.attr("content");
    }

    public static String htmlLang(Document page) {
        return page.selectFirst("html").attr("lang");
    }

    /** Absolute URL of a path on the configured public site (kopru.site-url). */
    public static String absolute(String path) {
        return "http://localhost:8080" + path;
    }

    public static void assertNoLeak(String body) {
        var matcher = LEAK.matcher(body);
        assertFalse(matcher.find(), () -> "the page leaks internals (" + matcher.group() + "):\n" + body);
    }
}
