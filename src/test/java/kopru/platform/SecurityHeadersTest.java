package kopru.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.api.Test;
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
        String scripts = csp.substring(csp.indexOf("script-src")).split(";")[0];
        assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), where + ": " + csp);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), where);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tr/", "/kk/", "/tr/?page=2", "/tr/tag/deprem", "/xx/", "/tr/?page=abc",
            "/tr/2023/02/no-such-slug", "/q/metrics", "/static/site.css"})
    void shouldSendSecurityHeadersOnEveryResponse(String path) {
        assertSecurityHeaders(Site.get(path));
    }

    /** Admin pages and redirects, API answers (JSON, errors, 401) and error pages of every kind. */
    @ParameterizedTest
    @ValueSource(strings = {"/admin/login", "/admin/login?error=1", "/admin", "/admin/users", "/api/v1/search?q=deprem",
            "/api/v1/search?page=abc", "/api/v1/suggest?q=de", "/api/v1/stories", "/api/v1/admin/stories/x", "/q/openapi",
            "/tr/search?q=%22unbalanced", "/tr/rss.xml", "/sitemap.xml", "/no-such-page", "/static/no-such-file.js"})
    void shouldSendSecurityHeadersOnAdminApiAndErrorAnswers(String path) {
        assertSecurityHeaders(Site.get(path));
    }

    @Test
    void shouldSendSecurityHeadersToLoggedInEditorsAndOnTheLoginPost() {
        String editor = TestAccounts.create("editor");
        Browser browser = new Browser();
        assertSecurityHeaders(browser.login(editor, TestAccounts.PASSWORD));
        assertSecurityHeaders(browser.get("/admin").expect(200));
        assertSecurityHeaders(browser.get("/admin/account").expect(200));
        assertSecurityHeaders(browser.postForm("/admin/logout", Map.of()));
        assertSecurityHeaders(Browser.api("GET", "/api/v1/admin/stories/no-such-story", editor, TestAccounts.PASSWORD, null));
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
