package kopru.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RootResourceTest {

    private static Response root(String acceptLanguage, String cookie) {
        var request = given().redirects().follow(false);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.cookie("lang", cookie);
        }
        Response response = request.when().get("/");
        response.then().statusCode(302);
        return response;
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
        root("kk", null).then()
                .header("Vary", containsString("Accept-Language"))
                .header("Vary", containsString("Cookie"))
                .header("Cache-Control", containsString("private"));
    }
}
