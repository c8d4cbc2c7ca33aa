package kopru.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kopru.i18n.Lang;
import kopru.i18n.Messages;
import kopru.i18n.Texts;
import kopru.site.PageMeta;
import kopru.site.Pager;
import kopru.site.SitePages;
import kopru.story.Kind;
import kopru.story.Tag;

/** Builds the search page's view from a result: hits, facets as links, paging, "did you mean". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SearchPages {
    @Inject
    SitePages sitePages;

    SearchPage page(SearchUrl url, SearchResult result, String error) {
        Lang ui = url.ui();
        Messages msg = Texts.of(ui);
        String query = url.q() == null ? "" : url.q();
        String title = query.isBlank() ? msg.searchTitle() : msg.searchTitle() + ": " + query;
        PageMeta meta = sitePages.plainMeta(ui, title, msg.searchLabel(), url.href(), url.in(ui.other()).href());
        if (result == null) {
            return new SearchPage(meta, query, error, error == null ? msg.searchHelp() : null, null, null, null, null,
                    List.of(), List.of(), new Pager(1, 1, null, null));
        }
        Map<String, String> tagLabels = tagLabels(ui);
        List<SearchPage.HitView> hits = result.hits().stream().map(hit -> hit(hit, msg)).toList();
        String resultLine = result.total() == 0 ? msg.searchNoResults(query)
                : result.totalExact() ? msg.searchResults(query, result.total()) : msg.searchResultsAbout(query, result.total());
        int pages = (int) Math.max(1, Math.min(SearchParams.lastPage(result.size()), (result.total() + result.size() - 1) / result.size()));
        Pager pager = new Pager(result.page(), pages, result.page() > 1 ? url.page(result.page() - 1).href() : null,
                result.page() < pages ? url.page(result.page() + 1).href() : null);
        List<SearchPage.FacetView> facets = List.of(
                facet(msg.language(), "lang", result.facets().lang(), url, code -> Lang.of(code).map(l -> langLabel(l, msg)).orElse(code), msg),
                facet(msg.tags(), "tag", result.facets().tag(), url, key -> tagLabels.getOrDefault(key, key), msg),
                facet(msg.searchFacetKind(), "kind", result.facets().kind(), url, code -> Kind.of(code).map(k -> kindLabel(k, msg)).orElse(code), msg),
                facet(msg.searchFacetYear(), "year", result.facets().year(), url, Function.identity(), msg));
        return new SearchPage(meta, query, error, null, resultLine, result.fallback() ? msg.searchFallback() : null,
                result.suggestion(), result.suggestion() == null ? null : url.query(result.suggestion()).href(),
                hits, facets.stream().filter(f -> !f.values().isEmpty()).toList(), pager);
    }

    private SearchPage.FacetView facet(String label, String name, Map<String, Long> counts, SearchUrl url,
            Function<String, String> valueLabel, Messages msg) {
        List<SearchPage.FacetValue> values = new ArrayList<>();
        String selected = url.filter(name);
        if (selected != null) {
            values.add(new SearchPage.FacetValue(msg.searchAnyValue(), -1, url.with(name, null).href(), false));
        }
        counts.forEach((value, count) -> values.add(new SearchPage.FacetValue(valueLabel.apply(value), count,
                url.with(name, value).href(), value.equals(selected))));
        return new SearchPage.FacetView(label, values);
    }

    private static SearchPage.HitView hit(SearchResult.Hit hit, Messages msg) {
        Lang lang = Lang.of(hit.lang()).orElseThrow();
        OffsetDateTime published = OffsetDateTime.parse(hit.published());
        List<SearchPage.LinkView> translations = new ArrayList<>();
        hit.translations().forEach((code, href) -> Lang.of(code)
                .ifPresent(other -> translations.add(new SearchPage.LinkView(langLabel(other, msg), href, code))));
        return new SearchPage.HitView(hit.title(), hit.url(), hit.lang(), langLabel(lang, msg), hit.snippet(), hit.kind(),
                Kind.of(hit.kind()).map(k -> kindLabel(k, msg)).orElse(hit.kind()), Texts.date(published, lang),
                hit.published(), translations);
    }

    private static Map<String, String> tagLabels(Lang lang) {
        Map<String, String> labels = new HashMap<>();
        Tag.<Tag>listAll().forEach(tag -> labels.put(tag.key, tag.label(lang)));
        return labels;
    }

    private static String langLabel(Lang lang, Messages msg) {
        return lang == Lang.TR ? msg.langTr() : msg.langKk();
    }

    private static String kindLabel(Kind kind, Messages msg) {
        return switch (kind) {
            case NEWS -> msg.kindNews();
            case PRESS_RELEASE -> msg.kindPressRelease();
            case STATEMENT -> msg.kindStatement();
        };
    }
}
