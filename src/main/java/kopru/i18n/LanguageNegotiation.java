package kopru.i18n;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Picks the reader's language: the {@code lang} cookie, else Accept-Language (kk or ru → kk), else Turkish. */
public final class LanguageNegotiation {
    public static final String COOKIE = "lang";

    private LanguageNegotiation() {
    }

    public static Lang choose(String cookie, String acceptLanguage) {
        if (cookie != null) {
            Optional<Lang> chosen = Lang.of(cookie.strip());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /** The preferred language among tr, kk and ru (Russian readers in Kazakhstan get Kazakh). */
    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Lang.TR;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .map(range -> range.getRange().toLowerCase(Locale.ROOT).split("-")[0])
                    .filter(code -> code.equals("tr") || code.equals("kk") || code.equals("ru"))
                    .findFirst()
                    .map(code -> code.equals("tr") ? Lang.TR : Lang.KK)
                    .orElse(Lang.TR);
        } catch (IllegalArgumentException e) {
            return Lang.TR; // a malformed header is no reason to fail the request
        }
    }
}
