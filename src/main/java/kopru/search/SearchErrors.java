package kopru.search;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kopru.i18n.Lang;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bad search input on the API: 400 with {"error"} in the language of the {@code lang} parameter (else Turkish). */
public class SearchErrors {
    @ServerExceptionMapper
    public Response badInput(SearchInputException e, HttpServerRequest request) {
        Lang lang;
        try {
            lang = SearchParams.errorLanguage(request.getParam("lang"));
        } catch (RuntimeException undecodable) {
            lang = Lang.TR; // the parameters themselves may be what is broken
        }
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", e.message(lang))).build();
    }
}
