package kopru.search;

import java.util.List;
import kopru.site.PageMeta;
import kopru.site.Pager;

/** What the search page template shows. {@code snippet}s are HTML already escaped by {@link Snippets}. */
public record SearchPage(PageMeta meta, String query, String error, String help, String resultLine, String fallbackNote,
        String suggestion, String suggestionUrl, List<HitView> hits, List<FacetView> facets, Pager pager) {

    public record HitView(String title, String url, String lang, String langLabel, String snippet, String kind, String kindLabel,
            String date, String isoDate, List<LinkView> translations) {
    }

    public record LinkView(String label, String url, String lang) {
    }

    public record FacetView(String label, List<FacetValue> values) {
    }

    public record FacetValue(String label, long count, String url, boolean selected) {
    }
}
