package kopru.search;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/v1/search} (see DESIGN.md). {@code fallback} (an addition to the
 * contract) says that no story had every word, so stories with any of them are shown.
 */
public record SearchResult(String query, long total, int page, int size, List<Hit> hits, Facets facets, String suggestion,
        boolean fallback) {

    /** One story: the article shown, and the URLs of its other public language versions. */
    public record Hit(String story, String lang, String title, String url, String snippet, String published, String kind,
            List<String> tags, Map<String, String> translations) {
    }

    /** Counts per value: languages count articles, the others count stories (hits). */
    public record Facets(Map<String, Long> lang, Map<String, Long> tag, Map<String, Long> kind, Map<String, Long> year) {
        static final Facets EMPTY = new Facets(Map.of(), Map.of(), Map.of(), Map.of());
    }

    static SearchResult empty(String query, int page, int size) {
        return new SearchResult(query, 0, page, size, List.of(), Facets.EMPTY, null, false);
    }
}
