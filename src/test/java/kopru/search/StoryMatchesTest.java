package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counting and ranking on a real Lucene index large enough for the counting pass to sample: 12,000 stories in
 * both languages. Every story mentions "deprem" (24,000 articles: estimated), one in twenty "nadir" (exact).
 */
class StoryMatchesTest {
    private static final int STORIES = 12_000;
    private static final long NOW = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final SearchAnalyzers ANALYZERS = new SearchAnalyzers();
    private static final LuceneQueries QUERIES = new LuceneQueries(ANALYZERS, EquivalentNames.DEFAULT);
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        // several segments, so that the server's searcher ranks them in parallel slices
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZERS.perField()).setMaxBufferedDocs(5000)
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int story = 1; story <= STORIES; story++) {
                writer.addDocuments(List.of(article(story, Lang.TR), article(story, Lang.KK)));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new SlicedSearcherFactory().newSearcher(reader, null);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Document article(int story, Lang lang) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(SearchFields.STORY_ID, story));
        doc.add(new NumericDocValuesField(SearchFields.LANG_ORD, lang.ordinal()));
        doc.add(new NumericDocValuesField(SearchFields.KIND_ORD, story % 3));
        doc.add(new NumericDocValuesField(SearchFields.YEAR, 2020 + story % 4));
        doc.add(new SortedSetDocValuesField(SearchFields.TAG, new BytesRef(story % 2 == 0 ? "cift" : "tek")));
        // distinct ages, so that no two stories tie
        doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, NOW - story * 3600L));
        String title = (story % 10 == 0 ? "deprem " : "") + "haber " + story;
        String body = "deprem bölgesinde çalışma" + (story % 20 == 0 ? " nadir" : "") + (story % 3 == 0 ? " deprem yardım" : "");
        doc.add(new TextField(SearchFields.text(SearchFields.Section.TITLE, lang, SearchFields.Variant.EXACT), title, Field.Store.NO));
        doc.add(new TextField(SearchFields.text(SearchFields.Section.TITLE, lang, SearchFields.Variant.STEM), title, Field.Store.NO));
        doc.add(new TextField(SearchFields.text(SearchFields.Section.BODY, lang, SearchFields.Variant.EXACT), body, Field.Store.NO));
        doc.add(new TextField(SearchFields.text(SearchFields.Section.BODY, lang, SearchFields.Variant.STEM), body, Field.Store.NO));
        doc.add(new TextField(SearchFields.prefix(lang), title + " " + body, Field.Store.NO));
        return doc;
    }

    private static StoryMatches search(String text, int page) throws IOException {
        ParsedQuery parsed = UserQuery.parse(text);
        Query query = QUERIES.query(parsed, SearchFields.LANGS, true, null, new QueryTerms());
        return StoryMatches.collect(searcher, query, QUERIES.matching(parsed, SearchFields.LANGS, true, null), NOW, page, 10, null);
    }

    @Test
    void shouldCountExactlyWhileMatchesAreFew() throws IOException {
        StoryMatches matches = search("nadir", 1);
        assertTrue(matches.exact());
        assertEquals(STORIES / 20, matches.total());
        assertEquals(Map.of("tr", (long) STORIES / 20, "kk", (long) STORIES / 20), matches.langFacet());
        assertEquals(Map.of("cift", (long) STORIES / 20), matches.tagFacet());
    }

    @Test
    void shouldEstimateTotalsAndFacetsOfABroadQueryFromASample() throws IOException {
        StoryMatches matches = search("deprem", 1);
        assertFalse(matches.exact());
        assertClose(STORIES, matches.total(), 0.1);
        assertEquals(0, matches.total() % 100, "an estimate is rounded to two significant digits: " + matches.total());
        assertClose(STORIES, matches.langFacet().get("tr"), 0.1);
        assertClose(STORIES / 2, matches.tagFacet().get("tek"), 0.15);
        assertClose(STORIES / 4, matches.yearFacet().get("2021"), 0.2);
        assertEquals(10, matches.page().size());
    }

    @Test
    void shouldRankTheSameStoriesAsScoringEveryMatch() throws IOException {
        for (String text : List.of("deprem", "deprem yardım", "deprem -nadir", "haber nadir", "yardım OR nadir")) {
            for (int page : List.of(1, 3)) {
                assertEquals(exhaustive(text, page), storyIds(search(text, page)), text + ", page " + page);
            }
        }
    }

    /** Page {@code page} by scoring every match of the query, without any pruning. */
    private static List<Long> exhaustive(String text, int page) throws IOException {
        ParsedQuery parsed = UserQuery.parse(text);
        Query query = QUERIES.query(parsed, SearchFields.LANGS, true, null, new QueryTerms());
        // both languages' sums in one disjunction: a document matches only its own language's terms
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        LuceneQueries.scoringByLang(query).values().forEach(q -> sum.add(q, BooleanClause.Occur.SHOULD));
        Query all = new RecencyBoost(new BooleanQuery.Builder().add(sum.build(), BooleanClause.Occur.MUST)
                .add(query, BooleanClause.Occur.FILTER).build(), NOW);
        ScoreDoc[] hits = searcher.search(all, new TopScoreDocCollectorManager(reader.maxDoc(), Integer.MAX_VALUE)).scoreDocs;
        Map<Long, Float> best = new LinkedHashMap<>();
        for (ScoreDoc hit : hits) {
            best.merge(storyId(hit.doc), hit.score, Math::max);
        }
        List<Long> stories = new ArrayList<>(best.keySet());
        stories.sort(Comparator.<Long>comparingDouble(best::get).reversed().thenComparing(Comparator.<Long>reverseOrder()));
        return stories.subList((page - 1) * 10, page * 10);
    }

    private static List<Long> storyIds(StoryMatches matches) {
        return matches.page().stream().map(group -> group.storyId).toList();
    }

    private static long storyId(int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        var values = leaf.reader().getNumericDocValues(SearchFields.STORY_ID);
        values.advanceExact(doc - leaf.docBase);
        return values.longValue();
    }

    private static void assertClose(long expected, long actual, double tolerance) {
        assertTrue(Math.abs(actual - expected) <= expected * tolerance, "expected about " + expected + ", got " + actual);
    }

    @Test
    void shouldDealSegmentsIntoSlicesOfAboutEqualSize() {
        assertTrue(reader.leaves().size() >= 4, "segments: " + reader.leaves().size());
        IndexSearcher.LeafSlice[] slices = SlicedSearcherFactory.balanced(reader.leaves(), 2);
        assertEquals(2, slices.length);
        long[] docs = new long[2];
        int leaves = 0;
        for (int i = 0; i < 2; i++) {
            for (LeafReaderContext leaf : slices[i].leaves) {
                docs[i] += leaf.reader().maxDoc();
                leaves++;
            }
        }
        assertEquals(reader.leaves().size(), leaves, "every segment in one slice");
        assertTrue(Math.abs(docs[0] - docs[1]) <= 5000, "balanced: " + docs[0] + " and " + docs[1]);
        assertEquals(1, SlicedSearcherFactory.balanced(reader.leaves().subList(0, 1), 2).length);
    }
}
