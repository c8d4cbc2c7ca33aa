package kopru.site;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import kopru.i18n.Lang;
import kopru.i18n.LanguageNegotiation;
import kopru.i18n.Messages;
import kopru.i18n.Texts;
import kopru.media.MediaGoneException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error answer in one place: a page in the reader's language (JSON {"error"} under /api/),
 * never a stack trace or class name. Unexpected failures get a request id that is also logged.
 */
public class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @Inject
    SitePages pages;

    @ServerExceptionMapper
    public Response pageNotFound(PageNotFoundException e, HttpServerRequest request) {
        Lang lang = e.lang != null ? e.lang : readerLanguage(request);
        return notFound(lang, request);
    }

    @ServerExceptionMapper
    public Response unmatched(NotFoundException e, HttpServerRequest request) {
        return notFound(readerLanguage(request), request);
    }

    /** 410 for a withdrawn media file; no-store (as every error page) so that caches drop what they kept of it. */
    @ServerExceptionMapper
    public Response gone(MediaGoneException e, HttpServerRequest request) {
        Lang lang = readerLanguage(request);
        Messages msg = Texts.of(lang);
        return page(lang, 410, msg.goneTitle(), msg.goneText(), request);
    }

    @ServerExceptionMapper
    public Response badPage(BadPageException e, HttpServerRequest request) {
        Messages msg = Texts.of(e.lang);
        return page(e.lang, 400, msg.badRequestTitle(), msg.badPage(), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Lang lang = readerLanguage(request);
        Messages msg = Texts.of(lang);
        return page(lang, status, msg.badRequestTitle(), msg.badRequestText(), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String requestId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Request %s %s failed (request id %s)", request.method(), request.path(), requestId);
        Lang lang = readerLanguage(request);
        Messages msg = Texts.of(lang);
        return page(lang, 500, msg.serverErrorTitle(), msg.serverErrorText(requestId), request);
    }

    private Response notFound(Lang lang, HttpServerRequest request) {
        Messages msg = Texts.of(lang);
        return page(lang, 404, msg.notFoundTitle(), msg.notFoundText(), request);
    }

    private Response page(Lang lang, int status, String heading, String text, HttpServerRequest request) {
        if (request.path().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", text)).build();
        }
        String html = Templates.error(pages.error(lang, status, heading, text)).setLocale(lang.locale()).render();
        return Response.status(status).type("text/html;charset=UTF-8").entity(html)
                .header("Content-Language", lang.code())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The language of the URL (/tr/…, /kk/…) when it names one, else the reader's negotiated language. */
    private static Lang readerLanguage(HttpServerRequest request) {
        String path = request.path();
        if (path.length() >= 3) {
            var fromPath = Lang.of(path.substring(1, 3)).filter(l -> path.length() == 3 || path.charAt(3) == '/');
            if (fromPath.isPresent()) {
                return fromPath.get();
            }
        }
        var cookie = request.getCookie(LanguageNegotiation.COOKIE);
        return LanguageNegotiation.choose(cookie == null ? null : cookie.getValue(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
