package kopru.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.response.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Test helpers for the public site: raw requests (no redirects followed, paths sent as written) and page structure. */
public final class Site {
    /** What a leaked exception looks like: a class name, a stack frame, an exception word. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|Caused by|\\tat |\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|javax|jakarta|kopru|io\\.quarkus|io\\.vertx|io\\.netty"
                    + "|org\\.jboss|org\\.hibernate|org\\.h2|org\\.postgresql)\\.[a-z]+\\.");

    private Site() {
    }

    public static Response get(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).when().get(path);
    }

    public static Response get(String path, String header, String value) {
        return given().urlEncodingEnabled(false).redirects().follow(false).header(header, value).when().get(path);
    }

    public static Document html(Response response) {
        return Jsoup.parse(response.body().asString());
    }

    /** The path of a Location header, whether the server made it absolute or not. */
    public static String locationPath(Response response) {
        String location = response.header("Location");
        assertNotNull(location, "no Location header");
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
