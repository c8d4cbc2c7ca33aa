package kopru.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.admin.TestAccounts;
import kopru.i18n.Lang;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Every kind of page, public and admin, in a real browser on a 360 px phone screen: nothing a reader would trip on. */
@QuarkusTest
class BrowserAuditTest {
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private Map<String, List<String>> audit(Map<String, String> pages) {
        return PageAudit.onPhone(driver, url(""), pages);
    }

    @Test
    void shouldShowEveryPublicPageCleanlyOnAPhoneInBothLanguages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            pages.put("/" + lang.code() + "/", lang.code());
            pages.put(TestStories.path("kahramanmaras-sahra-hastanesi", lang), lang.code());
            pages.put("/" + lang.code() + "/tag/deprem", lang.code());
            pages.put("/" + lang.code() + "/search", lang.code());
            pages.put("/" + lang.code() + "/search?q=deprem", lang.code());
            pages.put("/" + lang.code() + "/search?q=%22unbalanced", lang.code());
            pages.put("/" + lang.code() + "/2020/01/no-such-story", lang.code());
        }
        assertEquals(Map.of(), audit(pages));
    }

    @Test
    void shouldShowTheAdminPagesCleanlyOnAPhone() {
        driver.manage().deleteAllCookies();
        assertEquals(Map.of(), audit(Map.of("/admin/login", "tr", "/admin/login?error=1", "tr")));
        String name = TestAccounts.create("admin", Lang.KK);
        LoginForm.logIn(driver, url(""), name, TestAccounts.PASSWORD);
        assertEquals(Map.of(), audit(Map.of("/admin", "kk", "/admin/account", "kk", "/admin/users", "kk", "/admin/audit", "kk")));
        driver.manage().deleteAllCookies();
    }

    /** The audit itself must see what it is meant to see, or a clean result above would prove nothing. */
    @Test
    void shouldNoticeEveryKindOfDefectItLooksFor() {
        driver.get(url("/tr/"));
        Chromium.problems(driver); // start from a clean log
        driver.executeScript("""
                var inline = document.createElement('script'); inline.textContent = 'window.ranInline = true;';
                document.body.appendChild(inline);
                console.error('broken on purpose');
                var img = document.createElement('img'); img.src = '/static/favicon.svg'; document.body.appendChild(img);
                document.body.appendChild(document.createElement('h1'));
                var input = document.createElement('input'); input.name = 'unlabelled'; document.body.appendChild(input);
                var wide = document.createElement('div'); wide.style.width = '3000px'; wide.textContent = 'wide';
                document.body.appendChild(wide);
                document.documentElement.lang = 'en';
                """);
        String found = String.join("\n", PageAudit.problems(driver, "tr"));
        assertEquals(null, driver.executeScript("return window.ranInline;"), "the CSP should have blocked the inline script");
        for (String expected : List.of("CSP script-src", "broken on purpose", "image without alt text", "2 <h1>",
                "without a label", "scrolls sideways", "<html lang=\"en\">")) {
            assertTrue(found.contains(expected), "the audit missed '" + expected + "' in:\n" + found);
        }
    }
}
