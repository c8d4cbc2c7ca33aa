package kopru.search;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/v1/search} (see DESIGN.md). Additions to the contract: {@code totalExact}
 * false says that {@code total} and the facet counts are estimates (rounded to two significant digits) from a
 * sample of the index, as they are when a query matches more than a few thousand articles; {@code fallback} says
 * that no story had every word, so stories with any of them are shown.
 */
public record SearchResult(String query, long total, boolean totalExact, int page, int size, List<Hit> hits, Facets facets,
        String suggestion, boolean fallback) {

    /** One story: the article shown, and the URLs of its other public language versions. */
    public record Hit(String story, String lang, String title, String url, String snippet, String published, String kind,
            List<String> tags, Map<String, String> translations) {
    }

    /** Counts per value: languages count articles, the others count stories (hits). */
    public record Facets(Map<String, Long> lang, Map<String, Long> tag, Map<String, Long> kind, Map<String, Long> year) {
        static final Facets EMPTY = new Facets(Map.of(), Map.of(), Map.of(), Map.of());
    }

    static SearchResult empty(String query, int page, int size) {
        return new SearchResult(query, 0, true, page, size, List.of(), Facets.EMPTY, null, false);
    }
}
