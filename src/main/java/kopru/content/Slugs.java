package kopru.content;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import kopru.i18n.KazakhLatin;

/** Makes ASCII slugs: Turkish letters folded, Kazakh transliterated with the 2021 Latin table. */
public final class Slugs {
    /** Longest slug we generate; the column allows 120 so that editors may go a little further. */
    static final int MAX_GENERATED = 80;
    private static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ`´′]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {
    }

    /** A slug for the given title; empty when the title has no letters or digits at all. */
    public static String fromTitle(String title) {
        // Apostrophes join a Turkish suffix to its noun (Türkiye'nin): drop them, don't split.
        String text = APOSTROPHES.matcher(Normalizer.normalize(title, Normalizer.Form.NFC)).replaceAll("");
        // İ and I both become i: the Turkish/ASCII distinction disappears once folded anyway.
        text = text.replace('İ', 'i').replace('I', 'i').toLowerCase(Locale.ROOT);
        text = TO_ASCII.get().transliterate(KazakhLatin.toLatin(text));
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return shorten(slug);
    }

    /** Cuts at a word boundary so that a long title does not give an unreadable URL. */
    private static String shorten(String slug) {
        if (slug.length() <= MAX_GENERATED) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_GENERATED);
        return slug.substring(0, cut > 20 ? cut : MAX_GENERATED).replaceAll("-+$", "");
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
