package kopru.site;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The fast path: a cached page or feed is written straight from the Vert.x event loop, before any
 * JAX-RS or database work. A miss falls through to {@link SiteResource}, which fills the cache.
 */
@ApplicationScoped
class CachedPageRoute {
    @Inject
    PageCache cache;

    void register(@Observes Router router) {
        router.get().order(-1000).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        String key = PageKeys.mayBeCached(request.path()) ? PageKeys.of(request.path(), request.getParam("page")) : null;
        Optional<PageCache.Page> hit = key == null ? Optional.empty() : cache.get(key);
        if (hit.isEmpty()) {
            context.next();
            return;
        }
        PageCache.Page page = hit.get();
        HttpServerResponse response = context.response()
                .putHeader(HttpHeaders.ETAG, page.etag())
                .putHeader(HttpHeaders.LAST_MODIFIED, page.lastModified())
                .putHeader(HttpHeaders.CACHE_CONTROL, PageResponder.CACHE_CONTROL)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (page.language() != null) {
            response.putHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
        }
        if (page.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, page.contentType());
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted != null && accepted.contains("gzip")) {
            // Already compressed: Vert.x passes a response with Content-Encoding through untouched.
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip").end(Buffer.buffer(page.gzipped()));
        } else {
            response.end(Buffer.buffer(page.body()));
        }
    }
}
