package kopru.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

    private static void assertSecurityHeaders(Site.Reply response) {
        String where = response.path() + " (" + response.statusCode() + ")";
        assertEquals("nosniff", response.header("X-Content-Type-Options"), where);
        String csp = response.header("Content-Security-Policy");
        assertNotNull(csp, where);
        assertTrue(csp.contains("frame-ancestors 'none'"), where + ": " + csp);
        assertTrue(csp.contains("default-src 'self'"), where + ": " + csp);
        assertTrue(csp.contains("script-src 'self'"), where + ": " + csp);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), where);
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
