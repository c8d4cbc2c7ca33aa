package kopru.site;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;
import kopru.i18n.Lang;

/**
 * Serves a public page or feed from the cache, building and caching it on a miss, and answers
 * conditional GETs with 304. {@link CachedPageRoute} serves later hits without coming here.
 */
@ApplicationScoped
public class PageResponder {
    static final String CACHE_CONTROL = "public, max-age=60";
    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    PageCache cache;

    /** A built response body, its media type, language (null: several) and when its content last changed. */
    public record Rendered(String body, String contentType, String language, Instant modified) {
        public static Rendered html(TemplateInstance template, Lang lang, Instant modified) {
            return new Rendered(template.setLocale(lang.locale()).render(), HTML, lang.code(), modified);
        }
    }

    public Response respond(String key, String ifNoneMatch, String ifModifiedSince, Supplier<Rendered> build) {
        // the fast path (CachedPageRoute) has just missed it and counted the miss: look again without counting
        PageCache.Page page = cache.peek(key).orElseGet(() -> {
            long generation = cache.generation();
            Rendered rendered = build.get();
            return cache.put(key, generation, rendered.body(), rendered.modified(), rendered.contentType(), rendered.language());
        });
        if (page.notModified(ifNoneMatch, ifModifiedSince)) {
            return headers(Response.notModified(), page).build();
        }
        return headers(Response.ok(page.body(), page.contentType()), page).build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, PageCache.Page page) {
        response.header("ETag", page.etag())
                .header("Last-Modified", page.lastModified())
                .header("Cache-Control", CACHE_CONTROL)
                .header("Vary", "Accept-Encoding");
        return page.language() == null ? response : response.header("Content-Language", page.language());
    }
}
