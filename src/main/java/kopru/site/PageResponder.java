package kopru.site;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;
import kopru.i18n.Lang;

/** Serves a public page from the cache, rendering and caching it on a miss; answers conditional GETs with 304. */
@ApplicationScoped
public class PageResponder {
    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    PageCache cache;

    /** A rendered template and when its content last changed. */
    public record Rendered(TemplateInstance template, Instant modified) {
    }

    public Response respond(String key, Lang lang, String ifNoneMatch, String ifModifiedSince, Supplier<Rendered> build) {
        PageCache.Page page = cache.get(key).orElseGet(() -> {
            long generation = cache.generation();
            Rendered rendered = build.get();
            String html = rendered.template().setLocale(lang.locale()).render();
            return cache.put(key, generation, html, rendered.modified(), lang.code());
        });
        if (page.notModified(ifNoneMatch, ifModifiedSince)) {
            return headers(Response.notModified(), page).build();
        }
        return headers(Response.ok(page.body(), "text/html;charset=UTF-8"), page).build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, PageCache.Page page) {
        return response.header("ETag", page.etag())
                .header("Last-Modified", page.lastModified())
                .header("Cache-Control", CACHE_CONTROL)
                .header("Content-Language", page.language())
                .header("Vary", "Accept-Encoding");
    }
}
