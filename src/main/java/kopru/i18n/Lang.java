package kopru.i18n;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two languages of the site, with the locale and time zone their readers use. */
public enum Lang {
    TR("tr", Locale.forLanguageTag("tr"), ZoneId.of("Europe/Istanbul")),
    KK("kk", Locale.forLanguageTag("kk"), ZoneId.of("Asia/Almaty"));

    private final String code;
    private final Locale locale;
    private final ZoneId zone;

    Lang(String code, Locale locale, ZoneId zone) {
        this.code = code;
        this.locale = locale;
        this.zone = zone;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public Lang other() {
        return this == TR ? KK : TR;
    }

    /** Exact, case-sensitive match on the code: URLs are lower case and unknown codes are 404. */
    public static Optional<Lang> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
