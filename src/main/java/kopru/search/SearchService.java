package kopru.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kopru.i18n.Lang;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Runs searches against the live index: parse, query (all words, else any), collapse, facet, snippet, spell. */
@ApplicationScoped
public class SearchService {
    @Inject
    SearchIndex index;

    private LuceneQueries queries;
    private Snippets snippets;
    private Spelling spelling;

    @jakarta.annotation.PostConstruct
    void init() {
        queries = new LuceneQueries(index.analyzers(), EquivalentNames.DEFAULT);
        snippets = new Snippets(index.analyzers());
        spelling = new Spelling(index.analyzers(), queries);
    }

    public SearchResult search(SearchRequest request) {
        ParsedQuery parsed = UserQuery.parse(request.query());
        String echo = request.query() == null ? "" : request.query();
        Optional<SearchIndex.Lease> lease = index.lease();
        if (lease.isEmpty() || parsed.isEmpty()) {
            return SearchResult.empty(echo, request.page(), request.size());
        }
        try (SearchIndex.Lease held = lease.get()) {
            return run(held.searcher, parsed, echo, request);
        } catch (IndexSearcher.TooManyClauses e) {
            // each word spreads over languages, fields and a name's other spellings: two dozen names exceed Lucene's limit
            throw new SearchInputException(msg -> msg.searchTooComplex());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, ParsedQuery parsed, String echo, SearchRequest request) throws IOException {
        List<Lang> langs = request.lang() == null ? SearchFields.LANGS : List.of(request.lang());
        Query filter = filter(request);
        long now = Instant.now().getEpochSecond();
        QueryTerms terms = new QueryTerms();
        Query all = queries.query(parsed, langs, true, filter, terms);
        if (all == null) {
            return SearchResult.empty(echo, request.page(), request.size());
        }
        StoryMatches matches = StoryMatches.collect(searcher, all, queries.matching(parsed, langs, true, filter), now, request.page(),
                request.size(), request.preferred());
        boolean fallback = false;
        if (matches.total() == 0 && parsed.required().size() > 1) {
            matches = StoryMatches.collect(searcher, queries.query(parsed, langs, false, filter, new QueryTerms()),
                    queries.matching(parsed, langs, false, filter), now, request.page(), request.size(), request.preferred());
            fallback = matches.total() > 0;
        }
        String suggestion = matches.total() == 0 || fallback ? spelling.suggest(searcher, parsed, langs) : null;
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (StoryMatches.Group group : matches.page()) {
            hits.add(hit(searcher, group.representative(request.preferred()), terms));
        }
        SearchResult.Facets facets = new SearchResult.Facets(matches.langFacet(), matches.tagFacet(), matches.kindFacet(),
                matches.yearFacet());
        return new SearchResult(echo, matches.total(), matches.exact(), request.page(), request.size(), hits, facets, suggestion,
                fallback);
    }

    private static Query filter(SearchRequest request) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (request.lang() != null) {
            filter.add(new TermQuery(new Term(SearchFields.LANG, request.lang().code())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (request.tag() != null) {
            filter.add(new TermQuery(new Term(SearchFields.TAG, request.tag())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (request.kind() != null) {
            filter.add(new TermQuery(new Term(SearchFields.KIND, request.kind())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (request.year() != null) {
            filter.add(new TermQuery(new Term(SearchFields.YEAR, request.year().toString())), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }

    private SearchResult.Hit hit(IndexSearcher searcher, int docId, QueryTerms terms) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        Lang lang = Lang.of(doc.get(SearchFields.LANG)).orElseThrow();
        Snippets.Snippet snippet = snippets.best(doc.get(SearchFields.SUMMARY), doc.get(SearchFields.BODY), lang, terms);
        Map<String, String> translations = new LinkedHashMap<>();
        String stored = doc.get(SearchFields.TRANSLATIONS);
        if (stored != null && !stored.isEmpty()) {
            stored.lines().map(line -> line.split(" ", 2)).filter(pair -> pair.length == 2)
                    .forEach(pair -> translations.put(pair[0], pair[1]));
        }
        return new SearchResult.Hit(doc.get(SearchFields.STORY), lang.code(), doc.get(SearchFields.TITLE), doc.get(SearchFields.URL),
                snippet.html(), doc.get(SearchFields.PUBLISHED), doc.get(SearchFields.KIND),
                Arrays.asList(doc.getValues(SearchFields.TAG)), translations);
    }

    /** Titles that complete what the reader is typing: earlier words as searched, the last one as a prefix of a title word. */
    public List<String> suggest(String prefix, Lang lang) {
        Optional<SearchIndex.Lease> lease = index.lease();
        if (lease.isEmpty()) {
            return List.of();
        }
        try (SearchIndex.Lease held = lease.get()) {
            return Suggestions.titles(held.searcher, queries, index.analyzers(), prefix, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
