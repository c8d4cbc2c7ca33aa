package kopru.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A string function with its results remembered, up to a bound (then it starts over): folding and stemming run for
 * every token indexed (ICU transliteration and normalisation are the slowest part of indexing), and a news vocabulary
 * is small.
 */
final class BoundedCache implements UnaryOperator<String> {
    private static final int LIMIT = 500_000;
    private final ConcurrentHashMap<String, String> results = new ConcurrentHashMap<>();
    private final UnaryOperator<String> function;

    BoundedCache(UnaryOperator<String> function) {
        this.function = function;
    }

    @Override
    public String apply(String input) {
        String result = results.get(input);
        if (result == null) {
            if (results.size() > LIMIT) {
                results.clear();
            }
            result = function.apply(input);
            results.put(input, result);
        }
        return result;
    }
}
