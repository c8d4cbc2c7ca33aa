package kopru.site;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kopru.i18n.LanguageNegotiation;

/** {@code /} sends the reader to their language's home page. */
@Path("/")
public class RootResource {
    @GET
    public Response negotiate(@CookieParam(LanguageNegotiation.COOKIE) String cookie,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String target = SiteUrls.home(LanguageNegotiation.choose(cookie, acceptLanguage));
        return Response.status(Response.Status.FOUND).location(URI.create(target))
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }
}
