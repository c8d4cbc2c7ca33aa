package kopru.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.Kind;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every matching article, grouped by story (one hit per story, however many of its language
 * versions matched), and counts the facets: languages per article, tags, kinds and years per story.
 */
final class StoryMatches extends SimpleCollector {
    /** The matched articles of one story. */
    static final class Group {
        final long storyId;
        final int[] docByLang = {-1, -1};
        final float[] scoreByLang = new float[2];
        float best;
        int kind;
        int year;
        List<String> tags;

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
    }

    private final Map<Long, Group> groups = new HashMap<>();
    private final long[] langCounts = new long[2];
    private Scorable scorer;
    private int docBase;
    private NumericDocValues storyIds;
    private NumericDocValues langs;
    private NumericDocValues kinds;
    private NumericDocValues years;
    private SortedSetDocValues tags;
    private Map<Long, String> tagNames;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        storyIds = DocValues.getNumeric(context.reader(), SearchFields.STORY_ID);
        langs = DocValues.getNumeric(context.reader(), SearchFields.LANG_ORD);
        kinds = DocValues.getNumeric(context.reader(), SearchFields.KIND_ORD);
        years = DocValues.getNumeric(context.reader(), SearchFields.YEAR);
        tags = DocValues.getSortedSet(context.reader(), SearchFields.TAG);
        tagNames = new HashMap<>();
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score();
        long storyId = storyIds.advanceExact(doc) ? storyIds.longValue() : -1;
        int lang = langs.advanceExact(doc) ? (int) langs.longValue() : 0;
        langCounts[lang]++;
        Group group = groups.get(storyId);
        if (group == null) {
            group = new Group(storyId);
            group.kind = kinds.advanceExact(doc) ? (int) kinds.longValue() : 0;
            group.year = years.advanceExact(doc) ? (int) years.longValue() : 0;
            group.tags = readTags(doc);
            groups.put(storyId, group);
        }
        group.docByLang[lang] = docBase + doc;
        group.scoreByLang[lang] = score;
        group.best = Math.max(group.best, score);
    }

    private List<String> readTags(int doc) throws IOException {
        if (!tags.advanceExact(doc)) {
            return List.of();
        }
        List<String> names = new ArrayList<>(tags.docValueCount());
        for (int i = 0; i < tags.docValueCount(); i++) {
            long ord = tags.nextOrd();
            String name = tagNames.get(ord);
            if (name == null) {
                name = tags.lookupOrd(ord).utf8ToString();
                tagNames.put(ord, name);
            }
            names.add(name);
        }
        return names;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    int total() {
        return groups.size();
    }

    /** The groups of page {@code page} (1-based), best first; ties go to the newer story. */
    List<Group> page(int page, int size) {
        Comparator<Group> order = Comparator.<Group>comparingDouble(g -> g.best).reversed()
                .thenComparing(Comparator.<Group>comparingLong(g -> g.storyId).reversed());
        long from = (long) (page - 1) * size;
        if (from >= groups.size()) {
            return List.of();
        }
        int needed = (int) Math.min(groups.size(), from + size);
        // a bounded heap keeps the cost near O(n log k) for the first pages of a large result
        java.util.PriorityQueue<Group> heap = new java.util.PriorityQueue<>(needed + 1, order.reversed());
        for (Group group : groups.values()) {
            heap.add(group);
            if (heap.size() > needed) {
                heap.poll();
            }
        }
        List<Group> top = new ArrayList<>(heap);
        top.sort(order);
        return top.subList((int) from, top.size());
    }

    Map<String, Long> langFacet() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Lang lang : SearchFields.LANGS) {
            if (langCounts[lang.ordinal()] > 0) {
                counts.put(lang.code(), langCounts[lang.ordinal()]);
            }
        }
        return sorted(counts);
    }

    Map<String, Long> kindFacet() {
        Map<String, Long> counts = new HashMap<>();
        groups.values().forEach(g -> counts.merge(Kind.values()[g.kind].code(), 1L, Long::sum));
        return sorted(counts);
    }

    Map<String, Long> yearFacet() {
        Map<String, Long> counts = new HashMap<>();
        groups.values().forEach(g -> counts.merge(Integer.toString(g.year), 1L, Long::sum));
        Map<String, Long> newestFirst = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByKey().reversed())
                .forEach(e -> newestFirst.put(e.getKey(), e.getValue()));
        return newestFirst;
    }

    Map<String, Long> tagFacet() {
        Map<String, Long> counts = new HashMap<>();
        groups.values().forEach(g -> g.tags.forEach(tag -> counts.merge(tag, 1L, Long::sum)));
        return sorted(counts);
    }

    /** Most frequent first, then by name. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
