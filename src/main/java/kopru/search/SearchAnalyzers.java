package kopru.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.function.UnaryOperator;
import kopru.i18n.Lang;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * The analysis of every text field, chosen by field name (see {@link SearchFields}). Per language:
 * <ul>
 * <li>Turkish exact: apostrophe look-alikes → ', tokens, suffix after an apostrophe dropped, Turkish lower case
 * (İ→i, I→ı), stop words;</li>
 * <li>Turkish stem: the same, folded to ASCII (so "turkiye", "ISTANBUL" and "yardimlar" match) and lightly stemmed;</li>
 * <li>Kazakh exact: lower case, every Kazakh letter kept (never ICU-folded);</li>
 * <li>Kazakh stem: a loose Latin key (Cyrillic, Latin-2021, ASCII and Russian-keyboard spellings meet), stemmed;</li>
 * <li>prefix: folded and unstemmed, for prefix matches and spelling.</li>
 * </ul>
 */
final class SearchAnalyzers {
    private static final CharArraySet TURKISH_STOP = TurkishAnalyzer.getDefaultStopSet();
    private static final CharArraySet TURKISH_STOP_FOLDED = mapped(TURKISH_STOP, Folding::ascii);
    private static final CharArraySet KAZAKH_STOP = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
            "және", "мен", "пен", "бен", "әрі", "да", "де", "та", "те", "бұл", "осы", "сол", "үшін", "бір", "ол", "ал",
            "деп", "еді", "екен", "сияқты", "бойынша", "туралы", "арқылы"), false));
    private static final CharArraySet KAZAKH_STOP_LOOSE = mapped(KAZAKH_STOP, Folding::loose);

    private static final Map<Lang, Analyzer> BASE = Map.of(Lang.TR, analyzer(Lang.TR, UnaryOperator.identity()),
            Lang.KK, analyzer(Lang.KK, UnaryOperator.identity()));

    private final Map<String, Analyzer> byVariant;
    private final Analyzer perField;

    SearchAnalyzers() {
        byVariant = Map.of(
                "tr.exact", analyzer(Lang.TR, SearchFields.Variant.EXACT),
                "tr.stem", analyzer(Lang.TR, SearchFields.Variant.STEM),
                "tr.prefix", analyzer(Lang.TR, SearchFields.Variant.PREFIX),
                "kk.exact", analyzer(Lang.KK, SearchFields.Variant.EXACT),
                "kk.stem", analyzer(Lang.KK, SearchFields.Variant.STEM),
                "kk.prefix", analyzer(Lang.KK, SearchFields.Variant.PREFIX));
        Analyzer keyword = new KeywordAnalyzer();
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                int dot = fieldName.indexOf('.');
                return dot < 0 ? keyword : byVariant.getOrDefault(fieldName.substring(dot + 1), keyword);
            }
        };
    }

    /** The analyzer for the whole index, choosing by field name. */
    Analyzer perField() {
        return perField;
    }

    Analyzer of(Lang lang, SearchFields.Variant variant) {
        return byVariant.get(lang.code() + "." + variant.suffix);
    }

    private static Analyzer analyzer(Lang lang, SearchFields.Variant variant) {
        return analyzer(lang, base -> variant(lang, variant, base));
    }

    private static Analyzer analyzer(Lang lang, UnaryOperator<TokenStream> afterBase) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, afterBase.apply(base(lang, source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ApostropheCharFilter(reader);
            }
        };
    }

    /** The first steps of every variant of a language: the tokens with apostrophe suffixes dropped, in lower case. */
    static TokenStream base(Lang lang, TokenStream source) {
        return lang == Lang.TR ? new TurkishLowerCaseFilter(new ApostropheFilter(source)) : new LowerCaseFilter(source);
    }

    /** What a variant does to the {@link #base} tokens: Turkish folds to ASCII, Kazakh to its loose Latin key. */
    static TokenStream variant(Lang lang, SearchFields.Variant variant, TokenStream base) {
        boolean turkish = lang == Lang.TR;
        UnaryOperator<String> fold = turkish ? Folding::ascii : Folding::loose;
        return switch (variant) {
            case EXACT -> new StopFilter(base, turkish ? TURKISH_STOP : KAZAKH_STOP);
            case STEM -> new TermTransformFilter(
                    new StopFilter(new TermTransformFilter(base, fold), turkish ? TURKISH_STOP_FOLDED : KAZAKH_STOP_LOOSE),
                    (turkish ? SuffixStripper.TURKISH : SuffixStripper.KAZAKH)::stem);
            case PREFIX -> new TermTransformFilter(base, fold);
        };
    }

    /** The {@link #base} analysis alone, for {@link BaseTokens}. */
    static Analyzer baseAnalyzer(Lang lang) {
        return BASE.get(lang);
    }

    /**
     * Every apostrophe look-alike to ', one character for one (so offsets need no correction): what a
     * {@code MappingCharFilter} did, at a fraction of its cost (it was a fifth of the indexing time).
     */
    static final class ApostropheCharFilter extends CharFilter {
        ApostropheCharFilter(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = input.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] > 0x7f && Folding.APOSTROPHES.indexOf(buffer[i]) >= 0) {
                    buffer[i] = '\'';
                } else if (buffer[i] == '`') {
                    buffer[i] = '\'';
                }
            }
            return read;
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff;
        }
    }

    private static CharArraySet mapped(CharArraySet words, UnaryOperator<String> map) {
        CharArraySet out = new CharArraySet(words.size(), false);
        for (Object word : words) {
            out.add(map.apply(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(out);
    }
}
