package kopru.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.Kind;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The stories a query matches, one hit per story however many of its language versions matched, in two passes:
 * <ol>
 * <li>a counting pass without scores: the number of stories and the facets (languages per article; tags, kinds
 * and years per story), from doc values, with no object per match; exact up to a few thousand matches, estimated
 * from an even sample of the index beyond (see {@link #count});</li>
 * <li>a top-k pass with scores, one per language (the recency-boosted sum of weighted terms,
 * {@link LuceneQueries#scoringByLang}, pruned by max-score so that only documents that could still make the page
 * are scored, and only those checked against the query, see {@link ScoreWithin}): the best articles, grouped by
 * story.</li>
 * </ol>
 * Both rely on a story's articles being one block of adjacent documents: they are always written together
 * ({@code addDocuments}/{@code updateDocuments} of {@link StoryDocuments#of}) and merges keep that order.
 * A story has at most one article per language, so the best {@code 2 × n} articles hold the best article of each
 * of the best {@code n} stories: the page is exact, not sampled.
 */
final class StoryMatches {
    /** Documents per window of the counting pass, see {@link #count}. */
    private static final int WINDOW = 1024;
    /** Matches are counted exactly up to about this many articles; beyond, estimated from a sample. */
    static final int EXACT_UP_TO = 4000;
    private static final int MAX_STRIDE = 64;
    /** Extra articles beyond {@code 2 × n}, so that ties at the edge of the page still go to the newer story. */
    private static final int TIE_SLACK = 16;

    /** The matched articles of one story. */
    static final class Group {
        final long storyId;
        final int[] docByLang = {-1, -1};
        final float[] scoreByLang = new float[2];
        float best;

        Group(long storyId) {
            this.storyId = storyId;
        }

        /** The article to show: the preferred language's when it matched nearly as well, else the best. */
        int representative(Lang preferred) {
            int bestLang = docByLang[1] < 0 ? 0 : docByLang[0] < 0 ? 1 : scoreByLang[0] >= scoreByLang[1] ? 0 : 1;
            if (preferred != null) {
                int p = preferred.ordinal();
                if (docByLang[p] >= 0 && scoreByLang[p] >= 0.6f * best) {
                    return docByLang[p];
                }
            }
            return docByLang[bestLang];
        }

        private void add(int lang, int doc, float score) {
            docByLang[lang] = doc;
            scoreByLang[lang] = score;
            best = Math.max(best, score);
        }
    }

    private final Counts counts;
    private final List<Group> page;

    private StoryMatches(Counts counts, List<Group> page) {
        this.counts = counts;
        this.page = page;
    }

    /**
     * Counts every story {@code query} matches (through {@code matching}, which must match the same documents,
     * see {@link LuceneQueries#matching}) and ranks page {@code page} (1-based) of {@code size}, best first;
     * {@code preferred} (may be null) is the reader's language, see {@link Group#representative}.
     */
    static StoryMatches collect(IndexSearcher searcher, Query query, Query matching, long now, int page, int size, Lang preferred)
            throws IOException {
        Weight matches = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Counts counts = count(searcher, matches);
        assert searcher.count(matching) == searcher.count(query) : "matching and scoring queries differ: " + query;
        long from = (long) (page - 1) * size;
        if (counts.stories == 0 || (counts.exact && from >= counts.stories)) {
            return new StoryMatches(counts, List.of());
        }
        // an estimated total may be a little short: then the page is ranked and simply holds what exists
        int needed = (int) Math.min(counts.exact ? counts.stories : Integer.MAX_VALUE / 2, from + size);
        int articles = (int) Math.min(Integer.MAX_VALUE - TIE_SLACK, 2L * needed) + TIE_SLACK;
        // each language apart (see LuceneQueries#scoringByLang), the one with more matches first: the best articles
        // overall are among the best of each, and once one language has filled the list, the next one need only
        // look at articles that beat its last
        Map<Lang, Query> ranked = new EnumMap<>(Lang.class);
        List<ScoreDoc> top = new ArrayList<>();
        List<Map.Entry<Lang, Query>> byLang = new ArrayList<>(LuceneQueries.scoringByLang(query).entrySet());
        byLang.sort(Comparator.comparingLong((Map.Entry<Lang, Query> e) -> counts.langs[e.getKey().ordinal()]).reversed());
        for (Map.Entry<Lang, Query> scoring : byLang) {
            float floor = top.size() < articles ? 0f : kthScore(top, articles);
            Query inLang = searcher.rewrite(new RecencyBoost(new ScoreWithin(scoring.getValue(), matches), now, floor));
            ranked.put(scoring.getKey(), inLang);
            // concurrent: the searcher may rank its slices side by side (see SlicedSearcherFactory)
            top.addAll(List.of(searcher.search(inLang, new TopScoreDocCollectorManager(articles, null, articles, true)).scoreDocs));
        }
        List<Group> groups = group(searcher, top);
        groups.sort(Comparator.<Group>comparingDouble(g -> g.best).reversed()
                .thenComparing(Comparator.<Group>comparingLong(g -> g.storyId).reversed()));
        List<Group> onPage = new ArrayList<>(groups.subList((int) Math.min(from, groups.size()), Math.min(needed, groups.size())));
        if (preferred != null && ranked.containsKey(preferred)) {
            completeSiblings(searcher, ranked.get(preferred), onPage, preferred.ordinal());
        }
        return new StoryMatches(counts, onPage);
    }

    /**
     * The counting pass, over windows of {@value #WINDOW} adjacent documents. While the matches project to at most
     * about {@value #EXACT_UP_TO} articles, every window is counted and the figures are exact. Beyond that, only
     * every s-th window is (s a power of two up to {@value #MAX_STRIDE}, chosen from the matches so far so that
     * about {@value #EXACT_UP_TO} articles are looked at), and each counted match stands for s (fewer at a segment's
     * end): the totals and facets are then estimates, spread over the whole index, the same for the same query and
     * index. Counting every match of a word that nearly every story has costs more than the rest of the search
     * together.
     */
    private static Counts count(IndexSearcher searcher, Weight weight) throws IOException {
        Counts counts = new Counts();
        long allDocs = Math.max(1, searcher.getIndexReader().maxDoc());
        long passed = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                LeafCollector collector = counts.getLeafCollector(leaf);
                Bits live = leaf.reader().getLiveDocs();
                int start = 0;
                while (start < maxDoc) {
                    int end = (int) Math.min(maxDoc, (long) start + WINDOW);
                    long projected = counts.articles() * allDocs / Math.max(1, passed + start);
                    long stride = Math.min(MAX_STRIDE, Long.highestOneBit(Math.max(1, projected / EXACT_UP_TO)));
                    // this window stands for itself and the windows skipped after it, as far as the segment goes (a
                    // live index has many small segments: a stride carried over their ends counted windows twice)
                    long skipped = Math.min(stride - 1, (maxDoc - end + WINDOW - 1) / WINDOW);
                    counts.weight = 1 + skipped;
                    counts.exact &= counts.weight == 1;
                    scorer.score(collector, live, start, end);
                    start = (int) Math.min(maxDoc, end + skipped * WINDOW);
                }
            }
            passed += maxDoc;
        }
        counts.flushTags();
        return counts;
    }

    /** The {@code k}-th best score of {@code hits}. */
    private static float kthScore(List<ScoreDoc> hits, int k) {
        return hits.stream().map(hit -> hit.score).sorted(Comparator.reverseOrder()).skip(k - 1L).findFirst().orElse(0f);
    }

    private static List<Group> group(IndexSearcher searcher, List<ScoreDoc> top) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Long, Group> byStory = new LinkedHashMap<>();
        for (ScoreDoc hit : top) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            long storyId = numeric(leaf, SearchFields.STORY_ID, doc, -1);
            int lang = (int) numeric(leaf, SearchFields.LANG_ORD, doc, 0);
            byStory.computeIfAbsent(storyId, Group::new).add(lang, hit.doc, hit.score);
        }
        return new ArrayList<>(byStory.values());
    }

    /**
     * The reader's language version of a story on the page may match below the cut of the top-k pass, and whether
     * it is shown depends on its score: it is the neighbouring document of the same story. (Without a preferred
     * language nothing is missing: a version below the cut never scores above one within it.)
     */
    private static void completeSiblings(IndexSearcher searcher, Query ranked, List<Group> groups, int missing) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Weight weight = null;
        for (Group group : groups) {
            if (group.docByLang[missing] >= 0) {
                continue;
            }
            int known = group.docByLang[1 - missing];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(known, leaves));
            int local = known - leaf.docBase;
            for (int sibling : new int[] {local - 1, local + 1}) {
                if (sibling < 0 || sibling >= leaf.reader().maxDoc()
                        || numeric(leaf, SearchFields.STORY_ID, sibling, -2) != group.storyId
                        || numeric(leaf, SearchFields.LANG_ORD, sibling, -1) != missing
                        || (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(sibling))) {
                    continue;
                }
                if (weight == null) {
                    weight = searcher.createWeight(ranked, ScoreMode.COMPLETE, 1f);
                }
                Scorer scorer = weight.scorer(leaf);
                if (scorer != null && matches(scorer, sibling)) {
                    group.add(missing, leaf.docBase + sibling, scorer.score());
                }
            }
        }
    }

    private static boolean matches(Scorer scorer, int doc) throws IOException {
        var twoPhase = scorer.twoPhaseIterator();
        if (twoPhase == null) {
            return scorer.iterator().advance(doc) == doc;
        }
        return twoPhase.approximation().advance(doc) == doc && twoPhase.matches();
    }

    private static long numeric(LeafReaderContext leaf, String field, int doc, long missing) throws IOException {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc) ? values.longValue() : missing;
    }

    /** Matching stories: exact, or an estimate rounded to two significant digits (see {@link #exact()}). */
    long total() {
        return shown(counts.stories);
    }

    /** Whether {@link #total()} and the facets are exact counts rather than estimates from a sample. */
    boolean exact() {
        return counts.exact;
    }

    private long shown(long count) {
        if (counts.exact || count < 100) {
            return count;
        }
        long unit = (long) Math.pow(10, (int) Math.log10(count) - 1);
        return Math.round((double) count / unit) * unit;
    }

    /** The groups of the requested page, best first; ties go to the newer story. */
    List<Group> page() {
        return page;
    }

    Map<String, Long> langFacet() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Lang lang : SearchFields.LANGS) {
            if (counts.langs[lang.ordinal()] > 0) {
                out.put(lang.code(), shown(counts.langs[lang.ordinal()]));
            }
        }
        return sorted(out);
    }

    Map<String, Long> kindFacet() {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < counts.kinds.length; i++) {
            if (counts.kinds[i] > 0) {
                out.put(Kind.values()[i].code(), shown(counts.kinds[i]));
            }
        }
        return sorted(out);
    }

    Map<String, Long> yearFacet() {
        Map<String, Long> newestFirst = new LinkedHashMap<>();
        counts.years.entrySet().stream().map(e -> Map.entry(Integer.toString(e.getKey()), shown(e.getValue())))
                .sorted(Map.Entry.<String, Long>comparingByKey().reversed())
                .forEach(e -> newestFirst.put(e.getKey(), e.getValue()));
        return newestFirst;
    }

    Map<String, Long> tagFacet() {
        Map<String, Long> out = new HashMap<>();
        counts.tags.forEach((tag, count) -> out.put(tag, shown(count)));
        return sorted(out);
    }

    /** Most frequent first, then by name. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The counting pass: stories, and the facets, by doc values; a story is counted at its first matching article,
     * and each match counts {@code weight} (the sampling stride it stands for).
     */
    private static final class Counts extends SimpleCollector {
        private static final int FIRST_YEAR = 1900;
        long weight = 1;
        boolean exact = true;
        long stories;
        final long[] langs = new long[2];
        final long[] kinds = new long[Kind.values().length];
        final Map<Integer, Long> years = new HashMap<>();
        final Map<String, Long> tags = new HashMap<>();
        private final long[] yearSlots = new long[300];
        private long lastStory = Long.MIN_VALUE;
        private NumericDocValues storyIds;
        private NumericDocValues langValues;
        private NumericDocValues kindValues;
        private NumericDocValues yearValues;
        private SortedSetDocValues tagValues;
        private long[] tagCounts = new long[0];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushTags();
            lastStory = Long.MIN_VALUE; // a story's block never spans segments
            storyIds = DocValues.getNumeric(context.reader(), SearchFields.STORY_ID);
            langValues = DocValues.getNumeric(context.reader(), SearchFields.LANG_ORD);
            kindValues = DocValues.getNumeric(context.reader(), SearchFields.KIND_ORD);
            yearValues = DocValues.getNumeric(context.reader(), SearchFields.YEAR);
            tagValues = DocValues.getSortedSet(context.reader(), SearchFields.TAG);
            tagCounts = new long[(int) tagValues.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            langs[langValues.advanceExact(doc) ? (int) langValues.longValue() : 0] += weight;
            long story = storyIds.advanceExact(doc) ? storyIds.longValue() : -1;
            if (story == lastStory) {
                return; // the other language version of the story just counted
            }
            lastStory = story;
            stories += weight;
            kinds[kindValues.advanceExact(doc) ? (int) kindValues.longValue() : 0] += weight;
            int year = yearValues.advanceExact(doc) ? (int) yearValues.longValue() : 0;
            if (year >= FIRST_YEAR && year < FIRST_YEAR + yearSlots.length) {
                yearSlots[year - FIRST_YEAR] += weight;
            } else {
                years.merge(year, weight, Long::sum);
            }
            if (tagValues.advanceExact(doc)) {
                for (int i = 0; i < tagValues.docValueCount(); i++) {
                    tagCounts[(int) tagValues.nextOrd()] += weight;
                }
            }
        }

        long articles() {
            return langs[0] + langs[1];
        }

        /** Moves the tag counts of the segment just read (by ordinal) to the totals (by name), and the years too. */
        void flushTags() throws IOException {
            for (int ord = 0; ord < tagCounts.length; ord++) {
                if (tagCounts[ord] > 0) {
                    tags.merge(tagValues.lookupOrd(ord).utf8ToString(), tagCounts[ord], Long::sum);
                }
            }
            Arrays.fill(tagCounts, 0);
            for (int i = 0; i < yearSlots.length; i++) {
                if (yearSlots[i] > 0) {
                    years.merge(FIRST_YEAR + i, yearSlots[i], Long::sum);
                    yearSlots[i] = 0;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
