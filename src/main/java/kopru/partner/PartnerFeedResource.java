package kopru.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import kopru.account.ApiTokens;
import kopru.admin.AdminMessages;
import kopru.api.ApiBadRequest;
import kopru.api.ApiRefusal;
import kopru.api.StoryJsonReader;
import kopru.feed.FeedFormat;
import kopru.feed.FeedService;
import kopru.i18n.Lang;
import kopru.site.Conditional;
import kopru.site.PageResponder;
import kopru.story.ChangeLogEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Partners' feed: the public feed plus embargoed items, each marked with its embargo time ({@code _kopru.embargo} in
 * JSON Feed, {@code <kopru:embargo>} in Atom and RSS). A partner token is required before any answer, a 304 too.
 *
 * <p>Cheap to poll: each answer carries an {@code ETag} (a hash of the body itself) and {@code Last-Modified}, and a
 * matching {@code If-None-Match} / {@code If-Modified-Since} gets 304 with no body. The ETag hashes the rendered body
 * rather than a change-log id because the body also changes without any write: an embargo passing drops its mark at
 * that instant, before {@link kopru.story.EmbargoWatch} logs anything; and the body is all a partner compares.
 * {@code Cache-Control: private, no-cache}: a shared cache must never keep embargoed text, the partner's own client may
 * keep it but has to revalidate.
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
    public Response both(@PathParam("file") String file, @QueryParam("page") String page,
            @Context HttpServerRequest http) {
        return feed(null, PATH, file, page, http);
    }

    @GET
    @Path("{lang}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "Partners' feed of one language (tr or kk), with embargoed items marked by their embargo time")
    public Response language(@PathParam("lang") String code, @PathParam("file") String file, @QueryParam("page") String page,
            @Context HttpServerRequest http) {
        return Lang.of(code).map(lang -> feed(lang, PATH + "/" + lang.code(), file, page, http))
                .orElseThrow(() -> new ApiRefusal(404, msg -> msg.apiUnknownLang(StoryJsonReader.clip(code), "URL")));
    }

    private Response feed(Lang lang, String path, String file, String pageParam, HttpServerRequest http) {
        int page = page(pageParam);
        if (page < 1) {
            throw new ApiBadRequest(AdminMessages::apiPageFrom1);
        }
        FeedFormat format = FeedFormat.byFile(file).orElseThrow();
        return feeds.build(new PartnerFeedArticles(lang), lang, path, format, page, OffsetDateTime.now())
                .map(feed -> conditional(feed, http))
                .orElseThrow(() -> new ApiRefusal(404, AdminMessages::apiNoSuchPage));
    }

    private static Response conditional(PageResponder.Rendered feed, HttpServerRequest http) {
        EntityTag tag = new EntityTag(sha256(feed.body()));
        Instant lastModified = lastModified(feed);
        Date modified = Date.from(lastModified);
        Response.ResponseBuilder answer = Conditional.notModified(tag.toString(), lastModified, http.getHeader(HttpHeaders.IF_NONE_MATCH),
                http.getHeader(HttpHeaders.IF_MODIFIED_SINCE))
                ? Response.notModified() : Response.ok(feed.body(), feed.contentType());
        // Embargoed text must not sit in a shared cache; the partner's own client may keep it and revalidate.
        return answer.tag(tag).lastModified(modified).header("Cache-Control", "private, no-cache").build();
    }

    /**
     * The newest item change or the newest change-log row, whichever is later: an unpublished item leaves the feed
     * without changing the remaining items' times, but it is logged. The ETag stays the exact validator (it wins over
     * If-Modified-Since when a client sends both); this date only serves clients that send no ETag back.
     */
    private static Instant lastModified(PageResponder.Rendered feed) {
        OffsetDateTime logged = ChangeLogEntry.getEntityManager()
                .createQuery("select max(c.createdAt) from ChangeLogEntry c", OffsetDateTime.class).getSingleResult();
        Instant newest = logged == null || logged.toInstant().isBefore(feed.modified()) ? feed.modified() : logged.toInstant();
        return newest.truncatedTo(ChronoUnit.SECONDS); // HTTP dates have whole seconds
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
}
