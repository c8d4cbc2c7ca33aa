package kopru.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import kopru.i18n.Lang;
import kopru.platform.KopruConfig;
import kopru.site.PageNotFoundException;
import kopru.site.PageResponder;
import kopru.site.SiteUrls;

/** /robots.txt, /sitemap.xml (index), /{lang}/sitemap.xml and /news-sitemap.xml, cached like pages. */
@Path("/")
public class SitemapResource {
    @Inject
    SitemapService sitemaps;
    @Inject
    PageResponder responder;
    @Inject
    SiteUrls urls;

    @GET
    @Path("sitemap.xml")
    public Response index(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return responder.respond("/sitemap.xml", ifNoneMatch, ifModifiedSince, () -> sitemaps.index(OffsetDateTime.now()));
    }

    @GET
    @Path("{lang}/sitemap.xml")
    public Response language(@PathParam("lang") String code, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Lang lang = Lang.of(code).orElseThrow(() -> new PageNotFoundException(null));
        return responder.respond("/" + lang.code() + "/sitemap.xml", ifNoneMatch, ifModifiedSince,
                () -> sitemaps.language(lang, OffsetDateTime.now()));
    }

    @GET
    @Path("news-sitemap.xml")
    public Response news(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return responder.respond("/news-sitemap.xml", ifNoneMatch, ifModifiedSince, () -> sitemaps.news(OffsetDateTime.now()));
    }

    /** Crawlers may read everything public; the editorial side and the API are not for indexing. */
    @GET
    @Path("robots.txt")
    @Produces("text/plain;charset=UTF-8")
    public String robots() {
        return "User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\n\n"
                + "Sitemap: " + urls.absolute("/sitemap.xml") + "\n"
                + "Sitemap: " + urls.absolute("/news-sitemap.xml") + "\n";
    }
}
