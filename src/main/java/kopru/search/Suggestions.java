package kopru.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kopru.i18n.Lang;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Autocomplete: titles with a word starting like the last word typed (folded: "turk" finds "Türk…", "kaz" finds "Қаз…"). */
final class Suggestions {
    static final int MAX = 10;
    static final int MIN_PREFIX = 2;
    private static final int CANDIDATES = 40;

    private Suggestions() {
    }

    static List<String> titles(IndexSearcher searcher, LuceneQueries queries, SearchAnalyzers analyzers, String typed, Lang lang)
            throws IOException {
        if (typed == null || typed.length() > UserQuery.MAX_LENGTH) {
            return List.of();
        }
        List<String> words = UserQuery.words(UserQuery.clean(typed).replace('"', ' '));
        if (words.isEmpty() || words.size() > UserQuery.MAX_PARTS) {
            return List.of();
        }
        List<Lang> langs = lang == null ? SearchFields.LANGS : List.of(lang);
        String last = words.get(words.size() - 1);
        BooleanQuery.Builder prefixes = new BooleanQuery.Builder();
        boolean anyPrefix = false;
        for (Lang l : langs) {
            String folded = LuceneQueries.first(analyzers.of(l, SearchFields.Variant.PREFIX), last);
            if (folded != null && folded.length() >= MIN_PREFIX) {
                prefixes.add(new PrefixQuery(new Term(SearchFields.text(SearchFields.Section.TITLE, l, SearchFields.Variant.PREFIX), folded)),
                        BooleanClause.Occur.SHOULD);
                anyPrefix = true;
            }
        }
        if (!anyPrefix) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(prefixes.build(), BooleanClause.Occur.MUST);
        for (String word : words.subList(0, words.size() - 1)) {
            Query clause = queries.word(word, false, langs, new QueryTerms(), true);
            if (clause != null) {
                query.add(clause, BooleanClause.Occur.MUST);
            }
        }
        if (lang != null) {
            query.add(new org.apache.lucene.search.TermQuery(new Term(SearchFields.LANG, lang.code())), BooleanClause.Occur.FILTER);
        }
        Query ranked = new RecencyBoost(query.build(), Instant.now().getEpochSecond());
        Set<String> titles = new LinkedHashSet<>();
        for (ScoreDoc hit : searcher.search(ranked, CANDIDATES).scoreDocs) {
            titles.add(searcher.storedFields().document(hit.doc).get(SearchFields.TITLE));
            if (titles.size() == MAX) {
                break;
            }
        }
        return new ArrayList<>(titles);
    }
}
