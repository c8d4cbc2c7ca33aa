package kopru.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kopru.admin.AdminTexts;
import kopru.i18n.LanguageNegotiation;

/**
 * Request bodies limited per route, refused with 413 from the declared Content-Length before a byte of the body is
 * read or buffered (quarkus.http.limits.max-body-size is one global limit, high for media uploads). A body sent in
 * chunks without a length is cut at that global limit and then measured by the resource
 * ({@code AdminStoryResource}). Media uploads keep kopru.media.max-bytes. The message follows Accept-Language: no
 * account is known this early.
 */
@ApplicationScoped
public class RequestBodyLimits {
    /**
     * A story through the write API: two articles at {@link kopru.story.TextLimits}, even with every character written
     * as a six-byte JSON escape, fit (2 × 202,740 × 6 bytes ≈ 2.4 MB).
     */
    public static final long STORY_JSON = 3L << 20;
    /** The editor form: the same text, percent-encoded (a two-byte letter is six characters). */
    static final long STORY_FORM = 3L << 20;
    /** Press fields: two "about" texts of 5,000 characters and the contacts, percent-encoded. */
    static final long PRESS_FORM = 256L << 10;
    /** Every other API body (transitions, approvals, rebuild requests) and admin form: a few fields. */
    static final long SMALL = 64L << 10;

    void register(@Observes Router router) {
        router.route().order(-2000).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long limit = limit(request.method(), request.path());
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (limit > 0 && length != null && tooLong(length, limit)) {
            refuse(context, limit);
            return;
        }
        context.next();
    }

    /** The limit of a route, or 0 for none of ours (reads; media uploads and logins go by the global limit). */
    static long limit(HttpMethod method, String path) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return 0;
        }
        if (path.startsWith("/api/v1/admin/stories/") && method == HttpMethod.PUT) {
            return STORY_JSON;
        }
        if (path.equals("/admin/story")) {
            return STORY_FORM;
        }
        if (path.equals("/admin/press")) {
            return PRESS_FORM;
        }
        if (path.startsWith("/api/") || (path.startsWith("/admin/") && !path.startsWith("/admin/media"))) {
            return SMALL;
        }
        return 0;
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return true; // not a length: Vert.x would refuse it too, but without a word
        }
    }

    private static void refuse(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        String message = AdminTexts.of(LanguageNegotiation.choose(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .apiBodyTooLarge(shown(limit));
        boolean api = request.path().startsWith("/api/");
        // close the connection: the client may still be sending the body we will not read
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/plain;charset=UTF-8")
                .end(api ? new JsonObject().put("error", message).encode() : message);
    }

    /** 3 MB, 64 KB. */
    public static String shown(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }
}
