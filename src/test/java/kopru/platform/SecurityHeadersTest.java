package kopru.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

    private static void assertSecurityHeaders(Response response) {
        response.then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tr/", "/kk/", "/tr/?page=2", "/tr/tag/deprem", "/xx/", "/tr/?page=abc",
            "/tr/2023/02/no-such-slug", "/q/health", "/static/site.css"})
    void shouldSendSecurityHeadersOnEveryResponse(String path) {
        assertSecurityHeaders(Site.get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldSendSecurityHeadersOnArticlesFreshAndCached(String code) {
        String path = TestStories.path("kahramanmaras-sahra-hastanesi", Lang.of(code).orElseThrow());
        assertSecurityHeaders(Site.get(path));
        assertSecurityHeaders(Site.get(path)); // the second comes from the page cache
        assertSecurityHeaders(Site.get(path, "If-None-Match", Site.get(path).header("ETag")));
    }
}
