package kopru.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.site.PageKeys;
import kopru.site.PageNotFoundException;
import kopru.site.PageNumber;
import kopru.site.PageResponder;
import kopru.story.Kind;
import kopru.story.StoryKeys;
import kopru.story.Tag;

/** RSS, Atom and JSON feeds at the root (both languages), per language, per tag and per kind. Cached like pages. */
@Path("/")
public class FeedResource {
    @Inject
    FeedService feeds;
    @Inject
    PageResponder responder;

    @GET
    @Path("{file: " + FeedFormat.FILES + "}")
    public Response both(@PathParam("file") String file, @QueryParam("page") String page, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return serve(new FeedScope(null, null, null), null, file, page, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("{lang}/{file: " + FeedFormat.FILES + "}")
    public Response language(@PathParam("lang") String code, @PathParam("file") String file, @QueryParam("page") String page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = lang(code);
        return serve(new FeedScope(lang, null, null), lang, file, page, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("{lang}/tag/{tag}/{file: " + FeedFormat.FILES + "}")
    public Response tag(@PathParam("lang") String code, @PathParam("tag") String tagKey, @PathParam("file") String file,
            @QueryParam("page") String page, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = lang(code);
        // A malformed key is never a tag (and PostgreSQL refuses text with NUL bytes).
        Tag tag = Optional.of(tagKey).filter(StoryKeys::isValid).flatMap(Tag::findByKey).orElseThrow(() -> new PageNotFoundException(lang));
        return serve(new FeedScope(lang, tag, null), lang, file, page, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("{lang}/kind/{kind}/{file: " + FeedFormat.FILES + "}")
    public Response kind(@PathParam("lang") String code, @PathParam("kind") String kindCode, @PathParam("file") String file,
            @QueryParam("page") String page, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = lang(code);
        Kind kind = Kind.of(kindCode).orElseThrow(() -> new PageNotFoundException(lang));
        return serve(new FeedScope(lang, null, kind), lang, file, page, ifNoneMatch, ifModifiedSince);
    }

    private Response serve(FeedScope scope, Lang lang, String file, String pageParam, String ifNoneMatch, String ifModifiedSince) {
        FeedFormat format = FeedFormat.byFile(file).orElseThrow(() -> new PageNotFoundException(lang));
        int page = PageNumber.parse(pageParam, lang == null ? Lang.TR : lang);
        // Keyed by the canonical path: odd spellings of the same URL must not add cache entries.
        return responder.respond(PageKeys.of(scope.path() + "/" + format.file(), pageParam), ifNoneMatch, ifModifiedSince,
                () -> feeds.build(scope, format, page, OffsetDateTime.now()).orElseThrow(() -> new PageNotFoundException(lang)));
    }

    private static Lang lang(String code) {
        return Lang.of(code).orElseThrow(() -> new PageNotFoundException(null));
    }
}
