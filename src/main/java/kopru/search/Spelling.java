package kopru.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kopru.i18n.Lang;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": a word that matches nothing is corrected against the folded words of the index
 * (one or two edits), and the correction is shown as the index's texts spell it ("yardim" →
 * "yardım", "komek" → "көмек"), found by reading a document that contains it.
 */
final class Spelling {
    private static final int MAX_WORD = 40;
    private static final int CANDIDATES = 5;
    private static final float CLOSE = 0.05f;
    private final SearchAnalyzers analyzers;
    private final LuceneQueries queries;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling(SearchAnalyzers analyzers, LuceneQueries queries) {
        this.analyzers = analyzers;
        this.queries = queries;
    }

    /** The query with each unknown word corrected, or null when there is nothing to correct. */
    String suggest(IndexSearcher searcher, ParsedQuery parsed, List<Lang> langs) throws IOException {
        boolean changed = false;
        List<List<ParsedQuery.Part>> required = new ArrayList<>();
        for (List<ParsedQuery.Part> group : parsed.required()) {
            List<ParsedQuery.Part> corrected = new ArrayList<>();
            for (ParsedQuery.Part part : group) {
                String better = part.phrase() || part.prefix() ? null : correct(searcher, part.text(), langs);
                changed |= better != null;
                corrected.add(better == null ? part : new ParsedQuery.Part(better, false, false));
            }
            required.add(corrected);
        }
        return changed ? new ParsedQuery(required, parsed.excluded()).written() : null;
    }

    private String correct(IndexSearcher searcher, String word, List<Lang> langs) throws IOException {
        if (word.length() > MAX_WORD) {
            return null;
        }
        Query alone = queries.word(word, false, langs, new QueryTerms(), true);
        if (alone == null || searcher.count(alone) > 0) {
            return null;
        }
        SuggestWord best = null;
        Lang bestLang = null;
        for (Lang lang : langs) {
            String folded = LuceneQueries.first(analyzers.of(lang, SearchFields.Variant.PREFIX), word);
            if (folded == null) {
                continue;
            }
            SuggestWord[] found = checker.suggestSimilar(new Term(SearchFields.prefix(lang), folded), CANDIDATES,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            for (SuggestWord candidate : found) {
                if (best == null || better(candidate, best)) {
                    best = candidate;
                    bestLang = lang;
                }
            }
        }
        return best == null ? null : spelledAsInText(searcher, bestLang, best.string);
    }

    /** Nearly as close (string similarity within {@value #CLOSE}) and more common wins: "yardimlr" → "yardimlar", not "yardimla". */
    private static boolean better(SuggestWord candidate, SuggestWord best) {
        if (Math.abs(candidate.score - best.score) <= CLOSE) {
            return candidate.freq > best.freq;
        }
        return candidate.score > best.score;
    }

    /** How the texts write the folded word {@code folded}: the first occurrence in a document containing it, lower-cased. */
    private String spelledAsInText(IndexSearcher searcher, Lang lang, String folded) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.prefix(lang), folded)), 1);
        if (top.scoreDocs.length == 0) {
            return folded;
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        Analyzer analyzer = analyzers.of(lang, SearchFields.Variant.PREFIX);
        Locale locale = lang == Lang.TR ? Folding.TURKISH : lang.locale();
        for (String field : List.of(SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.BODY)) {
            String text = doc.get(field);
            if (text == null) {
                continue;
            }
            try (TokenStream stream = analyzer.tokenStream("", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                String original = null;
                while (stream.incrementToken()) {
                    if (original == null && term.toString().equals(folded)) {
                        original = text.substring(offset.startOffset(), offset.endOffset());
                    }
                }
                stream.end();
                if (original != null) {
                    int apostrophe = Folding.apostrophes(original).indexOf('\'');
                    return (apostrophe > 0 ? original.substring(0, apostrophe) : original).toLowerCase(locale);
                }
            }
        }
        return folded;
    }
}
