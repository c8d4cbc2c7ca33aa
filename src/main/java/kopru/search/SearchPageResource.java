package kopru.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kopru.i18n.Lang;

/**
 * {@code /{lang}/search?q=…}: the search page, plain HTML that works without JavaScript. Never cached
 * (it is not a {@code PageCache} page): every query is answered fresh from the index.
 */
@Path("/{lang}/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {
    @Inject
    SearchService search;
    @Inject
    SearchPages pages;

    @GET
    public Response page(@PathParam("lang") String code, @QueryParam("q") String q, @QueryParam("lang") String lang,
            @QueryParam("tag") String tag, @QueryParam("kind") String kind, @QueryParam("year") String year,
            @QueryParam("page") String page) {
        Lang ui = Lang.of(code).orElseThrow(NotFoundException::new);
        SearchUrl url = new SearchUrl(ui, q, blankToNull(lang), blankToNull(tag), blankToNull(kind), blankToNull(year), 1);
        SearchResult result = null;
        String error = null;
        try {
            SearchRequest request = SearchParams.read(q, lang, tag, kind, year, page, null, ui);
            url = url.page(request.page());
            result = q == null || q.isBlank() ? null : search.search(request);
        } catch (SearchInputException e) {
            error = e.message(ui);
        }
        String html = SearchTemplates.page(pages.page(url, result, error)).setLocale(ui.locale()).render();
        return Response.status(error == null ? 200 : 400).type("text/html;charset=UTF-8").entity(html)
                .header("Content-Language", ui.code())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
