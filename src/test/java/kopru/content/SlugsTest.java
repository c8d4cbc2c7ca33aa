package kopru.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void shouldFoldTurkishLettersAndDropStraightApostrophes() {
        assertEquals("turkiyenin-isbirligi-cagrisi", Slugs.fromTitle("Türkiye'nin İŞBİRLİĞİ Çağrısı"));
    }

    @Test
    void shouldDropTypographicApostrophesLikeStraightOnes() {
        assertEquals("turkiyenin-isbirligi-cagrisi", Slugs.fromTitle("Türkiye’nin İŞBİRLİĞİ Çağrısı"));
        assertEquals("kazakistanin-destegi", Slugs.fromTitle("Kazakistan’ın desteği"));
    }

    @Test
    void shouldFoldDottedAndDotlessIToPlainI() {
        assertEquals("istanbul-ili-ilik-isik", Slugs.fromTitle("İSTANBUL ILI ılık ışık"));
    }

    @Test
    void shouldTransliterateKazakhThroughThe2021LatinAlphabetToAscii() {
        // қ→q, ү→ü→u, я→ia, ғ→ğ→g, ө→ö→o, і→ı→i
        assertEquals("qazaqstan-turkiiaga-komek-jiberdi", Slugs.fromTitle("Қазақстан Түркияға көмек жіберді"));
    }

    @Test
    void shouldTransliterateTheOtherKazakhLetters() {
        // ә→ä→a, ң→ñ→n, ұ→ū→u, һ→h, ш→ş→s
        assertEquals("an-mangys-ult-gylym-sah", Slugs.fromTitle("Ән Маңғыс Ұлт Ғылым Шаһ"));
        assertEquals("semei", Slugs.fromTitle("Семей"));
    }

    @Test
    void shouldCutAnOverlongTitleAtAWordBoundary() {
        String title = "Kazakistan ile Türkiye arasında ulaştırma, enerji, eğitim ve kültür alanlarında "
                + "yeni işbirliği anlaşmaları imzalandı ve ortak komisyon toplantısı Ankara'da yapıldı";
        String slug = Slugs.fromTitle(title);

        assertTrue(slug.length() <= 80, () -> "too long: " + slug.length() + " " + slug);
        assertTrue(slug.length() > 40, () -> "cut far too short: " + slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(Slugs.isValid(slug), slug);
        String uncut = "kazakistan-ile-turkiye-arasinda-ulastirma-enerji-egitim-ve-kultur-alanlarinda-"
                + "yeni-isbirligi-anlasmalari-imzalandi-ve-ortak-komisyon-toplantisi-ankarada-yapildi";
        assertTrue(uncut.startsWith(slug + "-"), () -> "not cut at a word boundary: " + slug);
    }

    @Test
    void shouldCutAWordlessOverlongTitleAtTheLimit() {
        String slug = Slugs.fromTitle("a".repeat(200));
        assertEquals("a".repeat(80), slug);
    }

    @Test
    void shouldGiveEmptySlugForEmojiAndPunctuationOnly() {
        assertEquals("", Slugs.fromTitle("🎉🇹🇷🇰🇿 !!! ... ’'’ — ?"));
        assertEquals("", Slugs.fromTitle("   "));
    }

    @Test
    void shouldCollapseRunsOfSeparators() {
        assertEquals("a-b-c", Slugs.fromTitle("  --A -- b ...  c--  "));
    }

    @Test
    void shouldAcceptPlainSlugs() {
        assertTrue(Slugs.isValid("abc"));
        assertTrue(Slugs.isValid("ticaret-hacmi-10-milyar-dolar"));
        assertTrue(Slugs.isValid("a".repeat(120)));
    }

    @Test
    void shouldRejectMalformedSlugs() {
        assertFalse(Slugs.isValid(null), "null");
        assertFalse(Slugs.isValid(""), "empty");
        assertFalse(Slugs.isValid("Abc"), "upper case");
        assertFalse(Slugs.isValid("a b"), "space");
        assertFalse(Slugs.isValid("a--b"), "double dash");
        assertFalse(Slugs.isValid("-ab"), "leading dash");
        assertFalse(Slugs.isValid("ab-"), "trailing dash");
        assertFalse(Slugs.isValid("a".repeat(121)), "longer than 120");
        assertFalse(Slugs.isValid("türkiye"), "non-ASCII");
        assertFalse(Slugs.isValid("қазақ"), "Cyrillic");
        assertFalse(Slugs.isValid("a_b"), "underscore");
        assertFalse(Slugs.isValid("a/b"), "slash");
        assertFalse(Slugs.isValid(".."), "dots");
    }

    @Test
    void shouldFoldTheSameWayWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("turkiyenin-isbirligi-cagrisi", Slugs.fromTitle("Türkiye'nin İŞBİRLİĞİ Çağrısı"));
            assertEquals("ihracat-icin-istanbul", Slugs.fromTitle("IHRACAT İÇİN ISTANBUL"));
            assertEquals("qazaqstan-turkiiaga-komek-jiberdi", Slugs.fromTitle("Қазақстан Түркияға көмек жіберді"));
            assertTrue(Slugs.isValid("title-with-i"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
