package kopru.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom end to end in a real browser: an editor logs in, writes a story in Turkish and Kazakh in the editor,
 * publishes both; a reader opens the Turkish article, follows the language switch to the Kazakh one and finds the
 * story through the search page, Kazakh typed in Latin letters included; the editor archives both again.
 *
 * <p>Stories published here are published "now": they are archived in the test and deleted afterwards, because
 * other tests expect the seed stories to be the newest.
 */
@QuarkusTest
class EndToEndBrowserTest {
    /** Long enough for a busy machine; the search index follows a publish within about a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    private final CreatedStories created = new CreatedStories();

    @TestHTTPResource("/")
    URL base;

    /** One language version as the editor types it, and what the reader must then see. */
    private record Version(String lang, String title, String summary, String slug, String dateline, String author,
            String body, String bold, String secondParagraph) {
    }

    /** Turkish letters (İ ı ş ğ ç), both apostrophes, and a word readers will type without its Turkish letters. */
    private static Version turkish(String key) {
        return new Version("tr", "Kazakistan’ın Çağlayık köyünde İğdırlı konuklarla şölen",
                "Türkiye'nin ve Kazakistan’ın dostluğu ılık bir bahar gününde kutlandı.", "caglayik-soleni-" + key,
                "IĞDIR", "Ayşe Işıkoğlu", "Çağlayık köyündeki **şölen** sabah başladı.\n\nKonuklar ılık bir günde buluştu.",
                "şölen", "Konuklar ılık bir günde buluştu.");
    }

    /** Kazakh in Cyrillic with ә ғ қ ң ө ұ ү і, and a word readers will type in Latin letters. */
    private static Version kazakh(String key) {
        return new Version("kk", "Шағалақ ауылында Қазақстан мен Түркия мерекесі", "Әнші, ақын және ғалымдар жиналды.",
                "sagalaq-merekesi-" + key, "АСТАНА", "Әлия Қасымова",
                "Шағалақ ауылында көктемгі **мереке** өтті.\n\nҰлттық үйдің қонақтары Қазақстанның достығын атап өтті.",
                "мереке", "Ұлттық үйдің қонақтары Қазақстанның достығын атап өтті.");
    }

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start();
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void anonymous() {
        driver.manage().deleteAllCookies();
    }

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Path and query of the page the browser shows. */
    private static String location() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void shouldLogInThroughTheFormAndRefuseAWrongPassword() {
        String editor = TestAccounts.create("editor");
        driver.get(url("/admin/login"));
        driver.findElement(By.name("j_username")).sendKeys(editor);
        driver.findElement(By.name("j_password")).sendKeys("not the password");
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertTrue(refusal.getText().contains("Kullanıcı adı veya parola yanlış"), refusal.getText());

        LoginForm.logIn(driver, url(""), editor, TestAccounts.PASSWORD);
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(editor), "the dashboard greets the editor");
        assertEquals(List.of(), Chromium.problems(driver));
        driver.findElement(By.cssSelector("header form[action='/admin/logout'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/admin/login$"));
        driver.get(url("/admin"));
        assertEquals("/admin/login", location(), "logged out: the dashboard asks for a login again");
    }

    @Test
    void shouldWriteAndPublishAStoryInBothLanguagesInTheEditorAndFindItAsAReader() {
        String editor = TestAccounts.create("editor");
        String key = created.add(TestStories.newKey("browser-editor"));
        Version tr = turkish(key);
        Version kk = kazakh(key);
        LoginForm.logIn(driver, url(""), editor, TestAccounts.PASSWORD);

        driver.get(url("/admin/story"));
        assertEquals(List.of(), Chromium.problems(driver), "the editor page");
        WebElement form = driver.findElement(By.id("story-form"));
        type(form, "key", key);
        new Select(form.findElement(By.name("kind"))).selectByValue("news");
        type(form, "tags", "diplomasi");
        new Select(form.findElement(By.name("original"))).selectByValue("tr");
        for (Version version : List.of(tr, kk)) {
            type(form, version.lang + ".title", version.title);
            type(form, version.lang + ".summary", version.summary);
            type(form, version.lang + ".slug", version.slug);
            type(form, version.lang + ".dateline", version.dateline);
            type(form, version.lang + ".author", version.author);
            type(form, version.lang + ".body", version.body);
        }
        form.findElement(By.cssSelector("button[type=submit][name=action][value=save]")).click();
        waitUntilReplaced(form);
        assertEquals("/admin/story?key=" + key + "&saved=1", location());
        for (Version version : List.of(tr, kk)) {
            assertEquals(version.title, driver.findElement(By.name(version.lang + ".title")).getDomProperty("value"));
            assertEquals(version.body, driver.findElement(By.name(version.lang + ".body")).getDomProperty("value"));
        }
        assertEquals(Map.of(), PageAudit.onPhone(driver, url(""), Map.of("/admin/story?key=" + key, "tr", "/admin/stories", "tr")),
                "the editor and the story list on a phone");
        driver.get(url("/admin/story?key=" + key));

        move(key, "tr", "published");
        move(key, "kk", "published");
        String trPath = driver.findElement(By.cssSelector("a.public-link[href^='/tr/']")).getDomAttribute("href");
        String kkPath = driver.findElement(By.cssSelector("a.public-link[href^='/kk/']")).getDomAttribute("href");
        readBothLanguagesAndSearch(tr, kk, trPath, kkPath);

        LoginForm.logIn(driver, url(""), editor, TestAccounts.PASSWORD);
        driver.get(url("/admin/story?key=" + key));
        move(key, "tr", "archived");
        move(key, "kk", "archived");
        assertEquals(404, Site.get(trPath).statusCode(), "archived: gone from the public site");
        assertEquals(404, Site.get(kkPath).statusCode(), "archived: gone from the public site");
    }

    /**
     * As a reader: the Turkish article, the language switch to the Kazakh one, then the search box of each language's
     * search page, Turkish typed without Turkish letters and Kazakh typed in plain Latin letters.
     */
    private void readBothLanguagesAndSearch(Version tr, Version kk, String trPath, String kkPath) {
        driver.manage().deleteAllCookies();
        driver.get(url(trPath));
        assertArticle(tr);
        driver.findElement(By.cssSelector("nav.langs a[hreflang=kk]")).click();
        wait.until(ExpectedConditions.urlContains("/kk/"));
        assertEquals(kkPath, location(), "the language switch leads to the Kazakh version");
        assertArticle(kk);

        search("tr", "kazakistan caglayik", tr, trPath);
        search("kk", "qazaqstan sagalaq", kk, kkPath);
    }

    private void assertArticle(Version version) {
        assertEquals(version.lang, driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(version.title, driver.findElement(By.tagName("h1")).getText());
        assertEquals(version.summary, driver.findElement(By.cssSelector("article .summary")).getText());
        WebElement body = driver.findElement(By.cssSelector("article .body"));
        assertEquals(version.dateline, body.findElement(By.cssSelector(".dateline")).getText());
        assertEquals(version.bold, body.findElement(By.tagName("strong")).getText(), "the Markdown is rendered");
        assertTrue(body.getText().contains(version.secondParagraph), body.getText());
        assertTrue(driver.findElement(By.cssSelector("article .meta")).getText().contains(version.author));
        assertEquals(List.of(), Chromium.problems(driver), "the " + version.lang + " article");
    }

    /** Types the query into the search page's box, submits, and waits (re-asking) until the story is among the hits. */
    private void search(String lang, String query, Version version, String path) {
        driver.get(url("/" + lang + "/search"));
        WebElement box = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
        box.sendKeys(query);
        box.submit();
        wait.until(ExpectedConditions.urlContains("q="));
        By hit = By.xpath("//ol[contains(@class,'hits')]//h2/a[normalize-space(.)=" + xpathLiteral(version.title) + "]");
        WebElement link = wait.until(browser -> {
            List<WebElement> found = browser.findElements(hit);
            if (found.isEmpty()) {
                browser.navigate().refresh(); // the index may not have caught up with the publish yet
                return null;
            }
            return found.get(0);
        });
        assertEquals(query, driver.findElement(By.cssSelector("form[role=search] input[name=q]")).getDomProperty("value"));
        link.click();
        waitUntilReplaced(link);
        assertEquals(path, location());
        assertEquals(version.title, driver.findElement(By.tagName("h1")).getText());
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /**
     * Waits until the page holding {@code element} has been replaced. During the navigation Chromium may answer
     * "node does not belong to the document" instead of a stale-element error, so any WebDriver error counts as gone.
     */
    private void waitUntilReplaced(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses the workflow button of one language column and waits for the editor page to show the new status. */
    private void move(String key, String lang, String to) {
        WebElement form = driver.findElement(By.id("transition-" + lang));
        form.findElement(By.cssSelector("button[type=submit][name=to][value=" + to + "]")).click();
        waitUntilReplaced(form);
        assertEquals("/admin/story?key=" + key, location());
        // The contract puts the language columns side by side in the save form, Turkish first, each showing its status.
        List<WebElement> statuses = driver.findElements(By.cssSelector("#story-form .status"));
        assertEquals(2, statuses.size(), "one status per language column");
        String status = statuses.get(lang.equals("tr") ? 0 : 1).getDomAttribute("class");
        assertTrue(status.contains("status-" + to), lang + " should be " + to + ", shows " + status);
    }
}
