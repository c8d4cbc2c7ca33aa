package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class NotFoundPageTest {
    private static final Map<String, String> HEADING = Map.of("tr", "Sayfa bulunamadı", "kk", "Бет табылмады");
    private static final Map<String, String> BACK_HOME = Map.of("tr", "Ana sayfaya dön", "kk", "Басты бетке оралу");

    static Stream<Arguments> unknownPages() {
        return Stream.of(
                Arguments.of("/xx/", "tr"),
                Arguments.of("/en/", "tr"),
                Arguments.of("/en/2023/02/foo", "tr"),
                Arguments.of("/tr/2023/02/no-such-slug", "tr"),
                Arguments.of("/kk/2023/02/no-such-slug", "kk"),
                Arguments.of("/kk/2023/02/%D0%B6%D0%BE%D2%9B", "kk"),
                Arguments.of("/tr/2023/02/t%C3%BCrkiye", "tr"),
                Arguments.of("/tr/2023/02/" + "a".repeat(2000), "tr"),
                Arguments.of("/kk/2023/02/" + "%D0%B6".repeat(600), "kk"),
                Arguments.of("/tr/" + "a".repeat(2000), "tr"),
                Arguments.of("/tr/..%2f..%2fetc/passwd", "tr"),
                Arguments.of("/kk/%2e%2e/%2e%2e/etc/passwd", "kk"),
                Arguments.of("/tr/2023/02/..%2f..%2f..%2fetc%2fpasswd", "tr"),
                Arguments.of("/kk/2023/02/%00", "kk"),
                Arguments.of("/tr/2023/02/a%00b", "tr"),
                Arguments.of("/kk/tag/a%00b", "kk"),
                Arguments.of("/tr/tag/%00?page=2", "tr"),
                Arguments.of("/tr/9999/99/x", "tr"),
                Arguments.of("/tr/2023/2/slug", "tr"),
                Arguments.of("/tr/2023/02/slug/extra", "tr"),
                Arguments.of("/kk/tag/", "kk"),
                Arguments.of("/tr/nothing-here", "tr"),
                Arguments.of("/TR/", "tr"),
                Arguments.of("/no/such/page.php", "tr"));
    }

    @ParameterizedTest
    @MethodSource("unknownPages")
    void shouldAnswerUnknownPagesWith404InTheRequestedLanguage(String path, String lang) {
        Site.Reply response = Site.get(path).expect(404).expectHtml();
        Document page = Site.html(response);
        assertEquals(lang, Site.htmlLang(page), path);
        assertEquals(HEADING.get(lang), page.selectFirst("main h1").text(), path);
        assertEquals(BACK_HOME.get(lang), page.selectFirst("main a[href=/" + lang + "/]").text(), path);
        Site.assertNoLeak(response.body());
    }

    @Test
    void shouldUseTheReadersLanguageWhenTheUrlNamesNone() {
        Site.Reply response = Site.get("/xx/", "Accept-Language", "kk-KZ,kk;q=0.9");
        response.expect(404);
        assertEquals("kk", Site.htmlLang(Site.html(response)));
        assertEquals(HEADING.get("kk"), Site.html(response).selectFirst("main h1").text());

        Site.Reply byCookie = Site.get("/en/2023/02/foo", "Cookie", "lang=kk").expect(404);
        assertEquals("kk", Site.htmlLang(Site.html(byCookie)));
    }

    @Test
    void shouldNotLetSearchEnginesIndexErrorPages() {
        Document page = Site.html(Site.get("/tr/2023/02/no-such-slug"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    }

    /** Hostile or odd requests: whatever the status, never a 500 and never internals in the body. */
    @ParameterizedTest
    @ValueSource(strings = {"/tr/?page=%00", "/tr/?page=%ff%fe", "/kk/?page=" + "9", "/tr/tag/%ff",
            "/kk/2023/02/%ff%fe", "/tr/2023/02/a%00b", "/tr/2023/02/%25", "/tr/%2e%2e/", "/tr/2023/02/x?page=-1",
            "/tr/tag/deprem?page=99999999999999999999", "/tr/?page=1&page=2", "/kk/tag/%3Cscript%3E", "/tr/%C0%AE%C0%AE/",
            "/%2e%2e/%2e%2e/etc/passwd"})
    void shouldNeverFailWith500(String path) {
        Site.Reply response = Site.get(path);
        int status = response.statusCode();
        assertTrue(status < 500, () -> path + " gave " + status + ":\n" + response.body());
        Site.assertNoLeak(response.body());
    }
}
