package kopru.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import kopru.i18n.Lang;

/** Links of the search page: the same search with one filter or the page changed. Parameters keep a fixed order. */
record SearchUrl(Lang ui, String q, String lang, String tag, String kind, String year, int page) {
    static final String[] FILTERS = {"lang", "tag", "kind", "year"};

    String filter(String name) {
        return switch (name) {
            case "lang" -> lang;
            case "tag" -> tag;
            case "kind" -> kind;
            case "year" -> year;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The same search with filter {@code name} set to {@code value} (null removes it), from page 1. */
    SearchUrl with(String name, String value) {
        return new SearchUrl(ui, q, name.equals("lang") ? value : lang, name.equals("tag") ? value : tag,
                name.equals("kind") ? value : kind, name.equals("year") ? value : year, 1);
    }

    SearchUrl page(int number) {
        return new SearchUrl(ui, q, lang, tag, kind, year, number);
    }

    SearchUrl query(String newQuery) {
        return new SearchUrl(ui, newQuery, lang, tag, kind, year, 1);
    }

    SearchUrl in(Lang other) {
        return new SearchUrl(other, q, lang, tag, kind, year, page);
    }

    String href() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("lang", lang);
        params.put("tag", tag);
        params.put("kind", kind);
        params.put("year", year);
        params.put("page", page > 1 ? Integer.toString(page) : null);
        StringBuilder href = new StringBuilder("/").append(ui.code()).append("/search");
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null && !param.getValue().isEmpty()) {
                href.append(separator).append(param.getKey()).append('=')
                        .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }
}
