package kopru.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import kopru.site.Conditional;

/** One stored file as an HTTP answer (ETag, 304, type from the stored format), with the caching its audience allows. */
@ApplicationScoped
public class MediaFiles {
    /** A public file's URL names its content hash, so what it serves never changes: keep it for a year. */
    public static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    /** A file only staff may see yet: no cache may keep it, so it cannot leak before its story is public. */
    public static final String STAFF_ONLY = "private, no-store";

    @Inject
    MediaStore store;

    public Response answer(MediaUrls.Name name, String fileName, String ifNoneMatch, String cacheControl) {
        Path file = store.find(fileName).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(name.hash() + (name.width() == null ? "" : "-" + name.width()));
        Response.ResponseBuilder answer = Conditional.notModified(tag.toString(), null, ifNoneMatch, null) ? Response.notModified()
                : Response.ok(file.toFile()).type(MediaFormat.byExt(name.ext()).orElseThrow().contentType);
        return answer.tag(tag).header("Cache-Control", cacheControl).build();
    }
}
