package kopru.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.UnaryOperator;

/**
 * A string function with its results remembered, up to {@value #MAX_BYTES} bytes per function (then the least used
 * go): folding and stemming run for every token indexed (ICU transliteration and normalisation are the slowest part
 * of indexing), and a news vocabulary is small. Words typed into searches pass here too, so the bound is what keeps
 * a stream of made-up words from growing the heap. Each is a Micrometer cache ({@link SearchCacheMetrics}).
 */
final class BoundedCache implements UnaryOperator<String> {
    static final long MAX_BYTES = 16L << 20;
    /** Per entry beyond its characters: two strings and the cache's node, roughly. */
    private static final int OVERHEAD = 120;
    final Cache<String, String> results = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String input, String result) -> 2 * (input.length() + result.length()) + OVERHEAD)
            .recordStats()
            .build();
    private final UnaryOperator<String> function;

    BoundedCache(UnaryOperator<String> function) {
        this.function = function;
    }

    @Override
    public String apply(String input) {
        return results.get(input, function);
    }
}
