package kopru.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import kopru.i18n.KazakhLatin;

/**
 * The text normalisations behind the "folded" and "loose" index fields, as plain string functions so
 * that analyzers, the query side, spelling and snippets all fold the same way.
 */
final class Folding {
    static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Apostrophe look-alikes readers and editors type; all become ASCII ' before tokenizing. */
    static final String APOSTROPHES = "’‘ʼ`´′ʻ";

    private Folding() {
    }

    /** Every apostrophe look-alike to ', so that the tokenizer keeps "Türkiye’nin" together as it does "Türkiye'nin". */
    static String apostrophes(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (APOSTROPHES.indexOf(text.charAt(i)) >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\'');
            }
        }
        return out == null ? text : out.toString();
    }

    static final BoundedCache ASCII = new BoundedCache(Folding::asciiUncached);
    static final BoundedCache LOOSE = new BoundedCache(Folding::looseUncached);

    /** Turkish letters to ASCII after Turkish lower-casing: ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u (and any accent). */
    static String ascii(String lowerCase) {
        return isAscii(lowerCase) ? lowerCase : ASCII.apply(lowerCase);
    }

    private static String asciiUncached(String lowerCase) {
        String plain = lowerCase.indexOf('ı') >= 0 ? lowerCase.replace('ı', 'i') : lowerCase;
        if (isAscii(plain)) {
            return plain;
        }
        return MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A spelling-insensitive key for Kazakh (and Latin-typed Kazakh): Cyrillic to the 2021 Latin
     * alphabet, accents dropped, then the usual romanisation variants merged (zh→j, sh→s, q→k, ya→ia…),
     * so that "Қазақстан", "Qazaqstan", "kazakstan" and "казакстан" meet.
     */
    static String loose(String lowerCase) {
        return LOOSE.apply(lowerCase);
    }

    private static String looseUncached(String lowerCase) {
        String latin = ascii(KazakhLatin.toLatin(lowerCase));
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            if (next == 'h' && (c == 'z' || c == 's' || c == 'c' || c == 'k' || c == 'g')) {
                out.append(c == 'z' ? 'j' : c == 'k' ? 'h' : c);
                i++;
                continue;
            }
            switch (c) {
                case 'q' -> out.append('k');
                case 'x' -> out.append('h');
                case 'w' -> out.append('u');
                case 'y' -> out.append('i');
                default -> out.append(c);
            }
        }
        // ия, ий, ию… and "yi" all become one i: readers write Түркия as turkia, turkiya or turkiia.
        String merged = out.toString();
        while (merged.contains("ii")) {
            merged = merged.replace("ii", "i");
        }
        return merged;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
