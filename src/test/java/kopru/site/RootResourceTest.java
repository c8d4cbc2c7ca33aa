package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RootResourceTest {

    private static Site.Reply root(String acceptLanguage, String cookie) {
        List<String> headers = new ArrayList<>();
        if (acceptLanguage != null) {
            headers.addAll(List.of("Accept-Language", acceptLanguage));
        }
        if (cookie != null) {
            headers.addAll(List.of("Cookie", "lang=" + cookie));
        }
        return Site.get("/", headers.toArray(String[]::new)).expect(302);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "ru-RU,ru;q=0.9", "kk-KZ,kk;q=0.9,en;q=0.5", "en-US,en;q=0.9,ru;q=0.8"})
    void shouldRedirectKazakhBrowserToKk(String acceptLanguage) {
        assertEquals("/kk/", Site.locationPath(root(acceptLanguage, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "tr-TR,tr;q=0.9", "en", "en-US,en;q=0.9", "garbage", "!!!;q=x", "*"})
    void shouldRedirectOtherBrowsersToTr(String acceptLanguage) {
        assertEquals("/tr/", Site.locationPath(root(acceptLanguage, null)));
    }

    @Test
    void shouldRedirectToTrWithoutAcceptLanguage() {
        assertEquals("/tr/", Site.locationPath(root(null, null)));
    }

    @Test
    void shouldLetTheLangCookieWinOverAcceptLanguage() {
        assertEquals("/kk/", Site.locationPath(root("tr-TR,tr;q=0.9", "kk")));
        assertEquals("/tr/", Site.locationPath(root("kk", "tr")));
    }

    @Test
    void shouldIgnoreAnUnknownLangCookie() {
        assertEquals("/kk/", Site.locationPath(root("ru", "xx")));
        assertEquals("/tr/", Site.locationPath(root(null, "<script>")));
    }

    @Test
    void shouldTellCachesThatTheRedirectDependsOnLanguageAndCookie() {
        Site.Reply reply = root("kk", null);
        assertTrue(reply.header("Vary").contains("Accept-Language"), reply.header("Vary"));
        assertTrue(reply.header("Vary").contains("Cookie"), reply.header("Vary"));
        assertTrue(reply.header("Cache-Control").contains("private"), reply.header("Cache-Control"));
    }
}
