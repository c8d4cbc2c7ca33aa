package kopru.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/suggest}: up to ten titles completing what the reader is typing. */
@Path("/api/v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestApiResource {
    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Autocomplete", description = "Titles of published stories with a word starting like the last word of q "
            + "(folded: \"turk\" completes \"Türkiye\"); lang=tr|kk|all. At most 10.")
    public List<String> suggest(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        return search.suggest(q, SearchParams.language(lang));
    }
}
