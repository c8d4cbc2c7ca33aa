package kopru.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /api/v1/admin/search/rebuild}: rebuilds the index in the background; searches keep working meanwhile. */
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {
    @Inject
    SearchIndexer indexer;

    @POST
    @Path("/rebuild")
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild the search index", description = "Starts a full rebuild from the database (202); the current index answers until it is done.")
    public Response rebuild() {
        indexer.requestRebuild();
        return Response.accepted(Map.of("status", "rebuilding")).build();
    }
}
