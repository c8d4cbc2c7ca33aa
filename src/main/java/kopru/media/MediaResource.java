package kopru.media;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kopru.account.SessionAuthenticationMechanism;

/**
 * Serves media files. A file follows the stories that use it ({@link MediaAudience}): public, and cacheable for a year,
 * once one of them is public; before that the public gets 404. Credentials are not read on public paths (so that
 * public answers stay the same for everyone and cacheable): a request that carries a login session is sent to the
 * same file under /admin, where the session is checked. A withdrawn file is 410 Gone for everyone. The type comes
 * from the stored format, and nosniff (set on every response) stops a browser from reading it as anything else.
 */
@jakarta.ws.rs.Path("/media")
public class MediaResource {
    /** Where signed-in staff see files that are not public yet (kopru.admin.MediaAdminResource). */
    public static final String STAFF_PATH = "/admin/media/file/";

    @Inject
    MediaAudience audience;
    @Inject
    MediaFiles files;

    @GET
    @jakarta.ws.rs.Path("/{name}")
    public Response file(@PathParam("name") String name, @Context HttpServerRequest http) {
        MediaUrls.Name parsed = MediaUrls.parse(name).orElseThrow(NotFoundException::new);
        MediaItem item = audience.item(parsed.hash()).orElseThrow(NotFoundException::new);
        if (item.isWithdrawn()) {
            throw new MediaGoneException(name);
        }
        if (audience.isPublic(item)) {
            return files.answer(parsed, name, http.getHeader(HttpHeaders.IF_NONE_MATCH), MediaFiles.CACHE_FOREVER);
        }
        Cookie session = http.getCookie(SessionAuthenticationMechanism.COOKIE);
        if (session != null) {
            return Response.seeOther(URI.create(STAFF_PATH + name)).header("Cache-Control", MediaFiles.STAFF_ONLY).build();
        }
        throw new NotFoundException();
    }
}
