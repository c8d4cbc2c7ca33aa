package kopru.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;

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
    public Response file(@PathParam("name") String name, Request request) {
        MediaUrls.Name parsed = MediaUrls.parse(name).orElseThrow(NotFoundException::new);
        Path file = store.find(name).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(parsed.hash() + (parsed.width() == null ? "" : "-" + parsed.width()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(file.toFile()).type(MediaFormat.byExt(parsed.ext()).orElseThrow().contentType);
        return answer.tag(tag).header("Cache-Control", CACHE_FOREVER).build();
    }
}
