package kopru.site;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import kopru.content.Slugs;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.StoryKeys;

/** Public pages: home, article and tag pages per language. Cache hits never get here (see {@link CachedPageRoute}). */
// Two letters only, so that /rss.xml and other root files are not taken for a language.
@Path("/{lang: [a-z]{2}}")
@Produces(MediaType.TEXT_HTML)
public class SiteResource {
    @Inject
    SitePages pages;
    @Inject
    PublicArticles articles;
    @Inject
    PageResponder responder;

    @GET
    @Path("/")
    public Response home(@PathParam("lang") String code, @QueryParam("page") String pageParam, @Context HttpServerRequest request,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = lang(code);
        if (!request.path().endsWith("/")) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(SiteUrls.home(lang))).build();
        }
        int page = PageNumber.parse(pageParam, lang);
        OffsetDateTime now = OffsetDateTime.now();
        ListPage view = pages.home(lang, page, now).orElseThrow(() -> new PageNotFoundException(lang));
        // Keyed by the canonical path, not the raw one: "/t%72/" or ";x=1" must not add cache entries.
        return responder.respond(PageKeys.of(SiteUrls.home(lang), pageParam), ifNoneMatch, ifModifiedSince,
                () -> PageResponder.Rendered.html(Templates.list(view), lang, view.meta().modified()));
    }

    @GET
    @Path("/tag/{tag}")
    public Response tag(@PathParam("lang") String code, @PathParam("tag") String tagKey, @QueryParam("page") String pageParam,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = lang(code);
        int page = PageNumber.parse(pageParam, lang);
        if (!StoryKeys.isValid(tagKey)) {
            throw new PageNotFoundException(lang); // never a tag; and PostgreSQL refuses text with NUL bytes
        }
        ListPage view = pages.tag(lang, tagKey, page, OffsetDateTime.now()).orElseThrow(() -> new PageNotFoundException(lang));
        return responder.respond(PageKeys.of(SiteUrls.tag(lang, tagKey), pageParam), ifNoneMatch, ifModifiedSince,
                () -> PageResponder.Rendered.html(Templates.list(view), lang, view.meta().modified()));
    }

    @GET
    @Path("/{year: [0-9]{4}}/{month: [0-9]{2}}/{slug}")
    public Response article(@PathParam("lang") String code, @PathParam("year") int year, @PathParam("month") int month,
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = lang(code);
        if (!Slugs.isValid(slug)) {
            throw new PageNotFoundException(lang); // never a slug; and PostgreSQL refuses text with NUL bytes
        }
        OffsetDateTime now = OffsetDateTime.now();
        var current = articles.bySlug(lang, slug, now);
        if (current.isEmpty()) {
            // A former slug of a public article: send readers and search engines to where it lives now.
            Article moved = articles.byFormerSlug(lang, slug, now).orElseThrow(() -> new PageNotFoundException(lang));
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(SiteUrls.article(moved))).build();
        }
        Article article = current.get();
        ZonedDateTime date = article.publishedAt.atZoneSameInstant(lang.zone());
        if (date.getYear() != year || date.getMonthValue() != month) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(SiteUrls.article(article))).build();
        }
        return responder.respond(SiteUrls.article(article), ifNoneMatch, ifModifiedSince, () -> {
            ArticlePage view = pages.article(article, now);
            return PageResponder.Rendered.html(Templates.article(view), lang, view.meta().modified());
        });
    }

    private static Lang lang(String code) {
        return Lang.of(code).orElseThrow(() -> new PageNotFoundException(null));
    }
}
