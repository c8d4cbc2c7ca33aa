package kopru.platform;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/** Security headers on every response, set before any other handler runs (cached pages included). */
@ApplicationScoped
class SecurityHeaders {
    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data: https:; script-src 'self'; "
                    + "style-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");

    void register(@Observes Router router) {
        router.route().order(-2000).handler(context -> {
            HEADERS.forEach(context.response()::putHeader);
            context.next();
        });
    }
}
