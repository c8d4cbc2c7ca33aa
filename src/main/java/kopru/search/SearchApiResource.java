package kopru.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/search}: the JSON search API of DESIGN.md. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApiResource {
    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Search published stories",
            description = "Words are all required (else any, with fallback=true); \"phrases\", -exclusion and OR work. "
                    + "lang=tr|kk|all (default all: one hit per story, with its translations), tag, kind, year filter; "
                    + "page from 1, size 1-100, page × size at most 1000 (deeper: 400, refine the search). Malformed input is a 400 with {\"error\"} in the lang's language.")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("tag") String tag,
            @QueryParam("kind") String kind, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (q == null || q.isBlank()) {
            throw new SearchInputException(msg -> msg.searchQueryMissing());
        }
        return search.search(SearchParams.read(q, lang, tag, kind, year, page, size, null));
    }
}
