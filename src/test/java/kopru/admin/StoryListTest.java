package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story list's filters (status, kind, language, tag, needs translation) and title search, Turkish and Kazakh. */
@QuarkusTest
class StoryListTest {
    private final CreatedStories created = new CreatedStories();
    private String editor;
    private String token;
    private String statement;
    private String news;
    private String release;

    @BeforeEach
    void createStories() {
        editor = TestAccounts.create("editor");
        token = "zq" + Long.toString(System.nanoTime(), 36);
        statement = put("{\"kind\":\"statement\",\"original\":\"tr\",\"tags\":[\"deprem\"],\"articles\":{\"tr\":{\"title\":\"İSTANBUL Işıkları " + token + "\"}}}");
        news = put("{\"kind\":\"news\",\"original\":\"kk\",\"articles\":{\"kk\":{\"title\":\"Қазақстан ЖАҢАЛЫҒЫ " + token + "\"},"
                + "\"tr\":{\"title\":\"Kazakistan haberi " + token + "\"}}}");
        release = put("{\"kind\":\"press-release\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Bülten " + token + "\"},"
                + "\"kk\":{\"title\":\"Релиз " + token + "\"}}}");
        Browser.api("POST", "/api/v1/admin/stories/" + release + "/tr/transitions", editor, TestAccounts.PASSWORD, "{\"to\":\"published\"}").expect(200);
    }

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @Test
    void shouldFilterByStatusKindLanguageTagAndTranslation() {
        Browser browser = Browser.loggedIn(editor, TestAccounts.PASSWORD);
        assertEquals(List.of(release, news, statement), keys(browser, "q=" + token));
        assertEquals(List.of(release), keys(browser, "q=" + token + "&status=published"));
        assertEquals(List.of(news, statement), keys(browser, "q=" + token + "&status=draft&lang=tr"));
        assertEquals(List.of(statement), keys(browser, "q=" + token + "&kind=statement"));
        assertEquals(List.of(release, news), keys(browser, "q=" + token + "&lang=kk"));
        assertEquals(List.of(statement), keys(browser, "q=" + token + "&tag=deprem"));
        assertEquals(List.of(statement), keys(browser, "q=" + token + "&needs=translation"));
        assertEquals(List.of(release, news, statement), keys(browser, "q=" + token + "&status=bogus&kind=%3Cscript%3E&page=-4"),
                "unknown filter values are ignored, never a 500");
    }

    @Test
    void shouldSearchTitlesCaseInsensitivelyTheTurkishWayAndKeepKazakh() {
        Browser browser = Browser.loggedIn(editor, TestAccounts.PASSWORD);
        assertEquals(List.of(statement), keys(browser, "q=" + enc("istanbul ışıkları " + token)));
        assertEquals(List.of(statement), keys(browser, "q=" + enc("IŞIKLARI " + token.toUpperCase(java.util.Locale.ROOT).replace('I', 'İ'))));
        assertEquals(List.of(news), keys(browser, "q=" + enc("жаңалығы " + token)));
        assertEquals(List.of(news), keys(browser, "q=" + enc("ҚАЗАҚСТАН")).stream().filter(news::equals).toList());
    }

    @Test
    void shouldShowTitlesStatusesAndTranslationPerLanguage() {
        Document page = Browser.loggedIn(editor, TestAccounts.PASSWORD).get("/admin/stories?q=" + token).expect(200).html();
        var row = page.select("table.stories tbody tr").stream().filter(r -> r.text().contains(statement)).findFirst().orElseThrow();
        assertNotNull(row.selectFirst("td[lang=tr] .status-draft"));
        assertNotNull(row.selectFirst("td[lang=kk] .translation-missing"));
        assertEquals("/admin/story?key=" + statement, row.selectFirst("a").attr("href"));
    }

    private List<String> keys(Browser browser, String query) {
        return browser.get("/admin/stories?" + query).expect(200).html().select("table.stories tbody tr td:first-child a").eachText();
    }

    private String put(String json) {
        String key = created.add(TestStories.newKey("list"));
        Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD, json).expect(201);
        return key;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
