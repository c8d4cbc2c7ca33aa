package kopru.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that rank one query on every core: the segments are dealt into as many slices of about equal size as
 * there are processors, and a top-k search runs the slices side by side (sharing the bar a hit must clear). Lucene's
 * default slicing keeps an index this size in one slice, so a lone reader's query would use one core of the server.
 */
final class SlicedSearcherFactory extends SearcherFactory {
    private static final int SLICES = Runtime.getRuntime().availableProcessors();
    private static final Executor POOL = Executors.newFixedThreadPool(SLICES, runnable -> {
        Thread thread = new Thread(runnable, "search-slice");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        if (SLICES < 2) {
            return new IndexSearcher(reader);
        }
        return new IndexSearcher(reader, POOL) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, SLICES);
            }
        };
    }

    /** The largest segment first, each into the slice with the fewest documents so far. */
    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int count) {
        int slices = Math.max(1, Math.min(count, leaves.size()));
        List<List<LeafReaderContext>> groups = new ArrayList<>();
        long[] docs = new long[slices];
        for (int i = 0; i < slices; i++) {
            groups.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : largestFirst) {
            int smallest = 0;
            for (int i = 1; i < slices; i++) {
                if (docs[i] < docs[smallest]) {
                    smallest = i;
                }
            }
            groups.get(smallest).add(leaf);
            docs[smallest] += leaf.reader().maxDoc();
        }
        return groups.stream().filter(group -> !group.isEmpty()).map(IndexSearcher.LeafSlice::new)
                .toArray(IndexSearcher.LeafSlice[]::new);
    }
}
