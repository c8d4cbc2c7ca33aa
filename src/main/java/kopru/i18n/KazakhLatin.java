package kopru.i18n;

import com.ibm.icu.text.Transliterator;

/**
 * Kazakh Cyrillic to the official Latin alphabet of 2021. ICU has no such transliterator
 * (its Kazakh-Latin/BGN is another romanisation), so the table is given as ICU rules.
 * Lower case only: callers lower-case first.
 */
public final class KazakhLatin {
    private static final String RULES = """
            а > a; ә > ä; б > b; в > v; г > g; ғ > ğ; д > d; е > e; ё > io; ж > j; з > z;
            и > i; й > i; к > k; қ > q; л > l; м > m; н > n; ң > ñ; о > o; ө > ö; п > p;
            р > r; с > s; т > t; у > u; ұ > ū; ү > ü; ф > f; х > h; һ > h; ц > ts; ч > ç;
            ш > ş; щ > şş; ъ > ; ы > y; і > ı; ь > ; э > e; ю > iu; я > ia;
            """;

    // Transliterator instances are not documented as thread-safe; one per thread is cheap.
    private static final ThreadLocal<Transliterator> TRANSLITERATOR =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("kk-Latn-2021", RULES, Transliterator.FORWARD));

    private KazakhLatin() {
    }

    public static String toLatin(String lowerCaseText) {
        return TRANSLITERATOR.get().transliterate(lowerCaseText);
    }
}
