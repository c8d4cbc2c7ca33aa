package kopru.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Map;
import kopru.account.ApiTokens;
import kopru.feed.FeedFormat;
import kopru.feed.FeedService;
import kopru.i18n.Lang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Partners' feed: the public feed plus embargoed items, each marked with its embargo time ({@code _kopru.embargo} in
 * JSON Feed, {@code <kopru:embargo>} in Atom and RSS). A partner token is required; nothing here is cached.
 */
@Path("/api/v1/partner")
@RolesAllowed(ApiTokens.PARTNER_ROLE)
@Tag(name = "partner", description = "For partner outlets, with a partner token (Authorization: Bearer)")
@SecurityRequirement(name = "token")
public class PartnerFeedResource {
    private static final String PATH = "/api/v1/partner";

    @Inject
    FeedService feeds;

    @GET
    @Path("{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "Partners' feed of both languages, with embargoed items marked by their embargo time")
    public Response both(@PathParam("file") String file, @QueryParam("page") String page) {
        return feed(null, PATH, file, page);
    }

    @GET
    @Path("{lang}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "Partners' feed of one language (tr or kk), with embargoed items marked by their embargo time")
    public Response language(@PathParam("lang") String code, @PathParam("file") String file, @QueryParam("page") String page) {
        return Lang.of(code).map(lang -> feed(lang, PATH + "/" + lang.code(), file, page))
                .orElseGet(() -> error(404, "unknown language (use tr or kk)"));
    }

    private Response feed(Lang lang, String path, String file, String pageParam) {
        int page = page(pageParam);
        if (page < 1) {
            return error(400, "page must be a whole number from 1");
        }
        FeedFormat format = FeedFormat.byFile(file).orElseThrow();
        return feeds.build(new PartnerFeedArticles(lang), lang, path, format, page, OffsetDateTime.now())
                // Embargoed text must not sit in a shared cache.
                .map(feed -> Response.ok(feed.body(), feed.contentType()).header("Cache-Control", "private, no-store").build())
                .orElseGet(() -> error(404, "no such page"));
    }

    /** The page number, or 0 when it is not one. */
    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
