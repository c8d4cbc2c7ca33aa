package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The analyzers on their own: what each field makes of the ways people write Turkish and Kazakh. */
class AnalysisTest {
    private final SearchAnalyzers analyzers = new SearchAnalyzers();

    private String term(Lang lang, SearchFields.Variant variant, String text) {
        return LuceneQueries.first(analyzers.of(lang, variant), text);
    }

    @Test
    void shouldReduceTurkishSpellingsToOneStem() {
        String stem = term(Lang.TR, SearchFields.Variant.STEM, "Türkiye");
        for (String form : List.of("Türkiye'nin", "Türkiye’nin", "Türkiyeʼnin", "Türkiye`nin", "TÜRKİYE", "turkiye", "TURKIYE", "Türkiyenin")) {
            assertEquals(stem, term(Lang.TR, SearchFields.Variant.STEM, form), form);
        }
    }

    @Test
    void shouldLowercaseDottedAndDotlessITheTurkishWay() {
        assertEquals("işler", term(Lang.TR, SearchFields.Variant.EXACT, "İşler"));
        assertEquals("ısparta", term(Lang.TR, SearchFields.Variant.EXACT, "ISPARTA"));
        assertEquals(term(Lang.TR, SearchFields.Variant.STEM, "Isparta"), term(Lang.TR, SearchFields.Variant.STEM, "isparta"));
        assertEquals("istanbul", term(Lang.TR, SearchFields.Variant.PREFIX, "ISTANBUL"));
    }

    @Test
    void shouldNotMergeYardimWithYarin() {
        String yardim = term(Lang.TR, SearchFields.Variant.STEM, "yardımlar");
        assertEquals(yardim, term(Lang.TR, SearchFields.Variant.STEM, "yardımı"));
        assertEquals(yardim, term(Lang.TR, SearchFields.Variant.STEM, "yardimlar"));
        assertNotEquals(yardim, term(Lang.TR, SearchFields.Variant.STEM, "yarın"));
        assertNotEquals(yardim, term(Lang.TR, SearchFields.Variant.STEM, "yarası"));
    }

    @Test
    void shouldSoftenFinalConsonantsLikeTurkish() {
        assertEquals(term(Lang.TR, SearchFields.Variant.STEM, "destek"), term(Lang.TR, SearchFields.Variant.STEM, "desteği"));
        assertEquals(term(Lang.TR, SearchFields.Variant.STEM, "bakanlık"), term(Lang.TR, SearchFields.Variant.STEM, "Bakanlığı"));
    }

    @Test
    void shouldKeepEveryKazakhLetterInTheExactField() {
        assertEquals("қазақстанның", term(Lang.KK, SearchFields.Variant.EXACT, "ҚАЗАҚСТАННЫҢ"));
        assertEquals("әңгүөұһі", term(Lang.KK, SearchFields.Variant.EXACT, "ӘҢГҮӨҰҺІ"));
    }

    @Test
    void shouldFindInflectedKazakhForms() {
        String turkey = term(Lang.KK, SearchFields.Variant.STEM, "Түркия");
        assertEquals(turkey, term(Lang.KK, SearchFields.Variant.STEM, "Түркияға"));
        assertEquals(turkey, term(Lang.KK, SearchFields.Variant.STEM, "Түркияның"));
        String help = term(Lang.KK, SearchFields.Variant.STEM, "көмек");
        assertEquals(help, term(Lang.KK, SearchFields.Variant.STEM, "көмегі"));
        assertEquals(help, term(Lang.KK, SearchFields.Variant.STEM, "көмекке"));
    }

    @Test
    void shouldMatchKazakhTypedInLatinAsciiOrOnARussianKeyboard() {
        String kazakhstan = term(Lang.KK, SearchFields.Variant.STEM, "Қазақстан");
        for (String form : List.of("Qazaqstan", "QAZAQSTAN", "kazakstan", "казакстан", "Қазақстанға")) {
            assertEquals(kazakhstan, term(Lang.KK, SearchFields.Variant.STEM, form), form);
        }
        assertEquals(term(Lang.KK, SearchFields.Variant.STEM, "көмек"), term(Lang.KK, SearchFields.Variant.STEM, "komek"));
        assertEquals(term(Lang.KK, SearchFields.Variant.STEM, "комек"), term(Lang.KK, SearchFields.Variant.STEM, "kömek"));
        assertEquals(LuceneQueries.all(analyzers.of(Lang.KK, SearchFields.Variant.STEM), "жер сілкінісі"),
                LuceneQueries.all(analyzers.of(Lang.KK, SearchFields.Variant.STEM), "zher silkinisi"));
    }

    @Test
    void shouldKnowNamesAcrossLanguages() {
        assertTrue(EquivalentNames.DEFAULT.alternatives("Türkiye'nin").contains("Түркия"));
        assertTrue(EquivalentNames.DEFAULT.alternatives("Қазақстанға").contains("Kazakistan"));
        assertTrue(EquivalentNames.DEFAULT.alternatives("Şımkent").contains("Шымкент"));
        assertTrue(EquivalentNames.DEFAULT.alternatives("İstanbul").contains("Стамбұл"));
        assertEquals(List.of(), EquivalentNames.DEFAULT.alternatives("deprem"));
    }

    @Test
    void shouldHighlightOriginalTextAndEscapeIt() {
        QueryTerms terms = new QueryTerms();
        new LuceneQueries(analyzers, EquivalentNames.DEFAULT).word("turkiye", false, List.of(Lang.TR), terms, false);
        Snippets.Snippet snippet = new Snippets(analyzers).best("<b>Türkiye'nin</b> & \"Kazakistan\"", "", Lang.TR, terms);
        assertEquals("&lt;b&gt;<mark>Türkiye&#39;nin</mark>&lt;/b&gt; &amp; &quot;Kazakistan&quot;", snippet.html());
    }

    @Test
    void shouldIndexExactlyWhatTheQueryAnalyzersMakeOfATextFromTokensTakenOnce() throws Exception {
        Map<Lang, String> texts = Map.of(
                Lang.TR, "Kazakistan’ın İstanbul'daki YARDIMLARI ve bir ISPARTA—DİYARBAKIR hattı: 2023'te 6 Şubat depremi `ve` ile",
                Lang.KK, "Қазақстанның ТҮРКИЯҒА көмегі және жер сілкінісі; Qazaqstan men казакстан 2023 ж. 8 ақпан");
        for (Map.Entry<Lang, String> text : texts.entrySet()) {
            BaseTokens tokens = BaseTokens.of(text.getKey(), text.getValue());
            for (SearchFields.Variant variant : SearchFields.Variant.values()) {
                List<String> expected = tokens(analyzers.of(text.getKey(), variant).tokenStream("f", text.getValue()));
                assertTrue(expected.size() > 5, "the text analyses to words: " + expected);
                assertEquals(expected, tokens(SearchAnalyzers.variant(text.getKey(), variant, tokens.replay())), text.getKey() + " " + variant);
            }
        }
    }

    /** Each token as term/position increment/start-end offsets, and the final offset. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end " + offset.endOffset());
        }
        return out;
    }
}
