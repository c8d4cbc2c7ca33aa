package kopru.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNegotiationTest {

    @Test
    void shouldLetTheCookieWinOverAcceptLanguage() {
        assertEquals(Lang.KK, LanguageNegotiation.choose("kk", "tr-TR,tr;q=0.9"));
        assertEquals(Lang.TR, LanguageNegotiation.choose("tr", "kk-KZ,ru;q=0.9"));
    }

    @Test
    void shouldAcceptACookieWithSurroundingSpaces() {
        assertEquals(Lang.KK, LanguageNegotiation.choose(" kk ", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xx", "en", "KK", "kk-KZ", "<script>"})
    void shouldIgnoreAnUnknownCookieAndUseAcceptLanguage(String cookie) {
        assertEquals(Lang.KK, LanguageNegotiation.choose(cookie, "kk"));
        assertEquals(Lang.TR, LanguageNegotiation.choose(cookie, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "ru-RU,ru;q=0.9", "kk-KZ", "KK-kz", "RU", "ru-RU,en-US;q=0.8,en;q=0.7",
            "en-US,en;q=0.9,kk;q=0.8", "de, ru;q=0.5", "tr;q=0.3, kk;q=0.7", "*, ru;q=0.9"})
    void shouldRedirectKazakhAndRussianBrowsersToKk(String header) {
        assertEquals(Lang.KK, LanguageNegotiation.choose(null, header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"tr", "tr-TR,tr;q=0.9", "en", "en-US,en;q=0.9", "de-DE", "*", "   ", "garbage",
            "!!!", "kk;q=abc", "ru;q=2", ";;;,,,", "kk;q=0", "tr, kk", "tr-TR, ru;q=0.9"})
    void shouldSendEveryoneElseToTr(String header) {
        assertEquals(Lang.TR, LanguageNegotiation.choose(null, header));
    }

    @Test
    void shouldNotFailOnAHugeHeader() {
        assertEquals(Lang.TR, LanguageNegotiation.choose(null, "x".repeat(10_000)));
        assertEquals(Lang.TR, LanguageNegotiation.choose(null, "en;q=0.5,".repeat(2_000)));
    }

    @ParameterizedTest
    @CsvSource({"kk-KZ, kk", "RU-ru, kk", "TR-tr, tr", "EN, tr"})
    void shouldNegotiateTheSameUnderATurkishDefaultLocale(String header, String expected) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(Lang.of(expected).orElseThrow(), LanguageNegotiation.choose(null, header));
        } finally {
            Locale.setDefault(before);
        }
    }
}
