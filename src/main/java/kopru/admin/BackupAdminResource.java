package kopru.admin;

import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import kopru.account.Roles;
import kopru.content.ArchiveUnpacker;
import kopru.content.BackupService;
import kopru.content.ImportBusyException;
import kopru.content.ImportReport;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Backup and restore for admins (no JavaScript): download the zip; upload one, read the dry run (what would be
 * created and changed, or every problem with file and line), then apply it with one more click.
 */
@Path("/admin/backup")
@RolesAllowed(Roles.ADMIN)
public class BackupAdminResource {
    @Inject
    CurrentEditor editor;
    @Inject
    BackupService backups;

    /** What the page shows after an upload or an apply. */
    public record Result(boolean applied, String counts, List<String> problems) {
    }

    public record BackupPage(AdminUser user, String heading, Notice notice, Result result, String token) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance backup(BackupPage page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        return page(200, Notice.NONE, null, null);
    }

    @GET
    @Path("/export")
    @Produces("application/zip")
    public Response export(@QueryParam("history") String history) {
        StreamingOutput body = out -> backups.exportZip(out, "on".equals(history));
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"kopru-backup.zip\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response tryArchive(@RestForm("file") FileUpload archive) {
        if (archive == null || archive.uploadedFile() == null) {
            return page(400, new Notice(null, editor.msg().backupNotZip()), null, null);
        }
        String token;
        try (InputStream in = Files.newInputStream(archive.uploadedFile())) {
            token = backups.keep(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(token, false);
    }

    @POST
    @Path("/apply")
    @Produces(MediaType.TEXT_HTML)
    public Response apply(@RestForm String token) {
        return run(token, true);
    }

    private Response run(String token, boolean apply) {
        AdminMessages msg = editor.msg();
        try {
            Optional<ImportReport> report = backups.importPending(token, apply);
            if (report.isEmpty()) {
                return page(410, new Notice(null, msg.backupExpired()), null, null);
            }
            ImportReport r = report.get();
            Result result = new Result(r.applied(), msg.backupCounts(r.created(), r.updated(), r.unchanged(), r.tags(), r.media(), r.accounts()),
                    r.problems().stream().map(Object::toString).toList());
            return page(r.problems().isEmpty() ? 200 : 422, Notice.NONE, result, r.problems().isEmpty() && !r.applied() ? token : null);
        } catch (ArchiveUnpacker.Rejected e) {
            return page(e.problem == ArchiveUnpacker.Problem.TOO_LARGE || e.problem == ArchiveUnpacker.Problem.TOO_MANY ? 413 : 400,
                    new Notice(null, rejected(msg, e)), null, null);
        } catch (ImportBusyException e) {
            return page(409, new Notice(null, msg.backupBusy()), null, null);
        }
    }

    private static String rejected(AdminMessages msg, ArchiveUnpacker.Rejected e) {
        return switch (e.problem) {
            case NOT_ZIP -> msg.backupNotZip();
            case UNSAFE_NAME -> msg.backupUnsafeName(e.entry);
            case DUPLICATE -> msg.backupDuplicate(e.entry);
            case TOO_LARGE -> msg.backupTooLarge();
            case TOO_MANY -> msg.backupTooMany();
        };
    }

    private Response page(int status, Notice notice, Result result, String token) {
        TemplateInstance page = editor.localized(Templates.backup(new BackupPage(editor.user(), editor.msg().backupTitle(), notice, result, token)));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
