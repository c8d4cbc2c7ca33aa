package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import kopru.account.Roles;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import kopru.media.MediaFiles;
import kopru.media.MediaGoneException;
import kopru.media.MediaItem;
import kopru.media.MediaLibrary;
import kopru.media.MediaUrls;
import kopru.story.MediaWithdrawal;
import kopru.media.MediaRejectedException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The media library: upload images and PDFs (a plain multipart form, no JavaScript), see them, edit alt texts. */
@Path("/admin/media")
@RolesAllowed(Roles.AUTHOR)
public class MediaAdminResource {
    private static final String PATH = "/admin/media";

    @Inject
    CurrentEditor editor;
    @Inject
    MediaLibrary library;
    @Inject
    MediaViews views;
    @Inject
    MediaFiles files;
    @Inject
    MediaWithdrawal withdrawal;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("done") String done) {
        AdminMessages msg = editor.msg();
        String notice = "saved".equals(done) ? msg.saved() : "withdrawn".equals(done) ? msg.mediaWithdrawnNotice() : null;
        return page(new Notice(notice, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String altTr, @RestForm String altKk) {
        try {
            if (file == null || file.uploadedFile() == null) {
                throw new MediaRejectedException(MediaRejectedException.Problem.NO_FILE, "no file part");
            }
            // The size first: a too-big file is refused before it is read into memory.
            library.checkSize(file.size());
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            library.add(new MediaLibrary.Upload(bytes, file.fileName(), altTr, altKk), editor.name());
            return Response.seeOther(URI.create(PATH + "?done=saved")).build();
        } catch (MediaRejectedException e) {
            return refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file as staff see it, public or not yet (public /media/ URLs send signed-in staff here); never cached. */
    @GET
    @Path("/file/{name}")
    public Response file(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MediaUrls.Name parsed = MediaUrls.parse(name).orElseThrow(NotFoundException::new);
        MediaItem item = library.find(parsed.hash()).orElseThrow(NotFoundException::new);
        if (item.isWithdrawn()) {
            throw new MediaGoneException(name);
        }
        return files.answer(parsed, name, ifNoneMatch, MediaFiles.STAFF_ONLY);
    }

    /** Withdraws a file for good (editors): 410 Gone for everyone, pages using it refreshed; audited. */
    @POST
    @Path("/withdraw")
    @RolesAllowed(Roles.EDITOR)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@RestForm String hash) {
        try {
            withdrawal.withdraw(hash, editor.name());
            return Response.seeOther(URI.create(PATH + "?done=withdrawn")).build();
        } catch (MediaRejectedException e) {
            return refused(e);
        }
    }

    @POST
    @Path("/alt")
    @Produces(MediaType.TEXT_HTML)
    public Response alt(@RestForm String hash, @RestForm String altTr, @RestForm String altKk) {
        try {
            library.setAltTexts(hash, altTr, altKk);
            return Response.seeOther(URI.create(PATH + "?done=saved")).build();
        } catch (MediaRejectedException e) {
            return refused(e);
        }
    }

    private Response refused(MediaRejectedException e) {
        return Response.status(e.problem.status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(new Notice(null, MediaViews.problem(editor.msg(), e.problem, library.maxBytes())))).build();
    }

    private TemplateInstance page(Notice notice) {
        return editor.localized(MediaTemplates.media(views.page(editor.user(), editor.msg(), notice)));
    }
}
