package kopru.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.nio.file.Path;
import kopru.site.Conditional;

/**
 * Serves media files. A URL names the file's content hash, so what it serves never changes: browsers and
 * proxies may keep it for a year. The type comes from the stored format, and nosniff (set on every response)
 * stops a browser from reading an image or PDF as anything else.
 */
@jakarta.ws.rs.Path("/media")
public class MediaResource {
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    @Inject
    MediaStore store;

    @GET
    @jakarta.ws.rs.Path("/{name}")
    public Response file(@PathParam("name") String name, @Context HttpServerRequest http) {
        MediaUrls.Name parsed = MediaUrls.parse(name).orElseThrow(NotFoundException::new);
        Path file = store.find(name).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(parsed.hash() + (parsed.width() == null ? "" : "-" + parsed.width()));
        Response.ResponseBuilder answer = Conditional.notModified(tag.toString(), null, http.getHeader(HttpHeaders.IF_NONE_MATCH), null) ? Response.notModified()
                : Response.ok(file.toFile()).type(MediaFormat.byExt(parsed.ext()).orElseThrow().contentType);
        return answer.tag(tag).header("Cache-Control", CACHE_FOREVER).build();
    }
}
