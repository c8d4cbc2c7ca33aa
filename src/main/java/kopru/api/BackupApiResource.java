package kopru.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.account.Roles;
import kopru.admin.AdminMessages;
import kopru.content.ArchiveUnpacker;
import kopru.content.BackupService;
import kopru.content.ImportBusyException;
import kopru.content.ImportReport;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Backups through the write API while the server runs (admins only): a zip of the content folder, and its import. */
@Path("/api/v1/admin/backup")
@RolesAllowed(Roles.ADMIN)
public class BackupApiResource {
    static final String ZIP = "application/zip";

    @Inject
    BackupService backups;

    @GET
    @Path("/export")
    @Produces(ZIP)
    @Operation(summary = "Export everything as a zip of the content folder",
            description = "One consistent snapshot: stories with every language's status and times, slug history, press fields, tags, "
                    + "media with alt texts, accounts without passwords. history=true adds every revision as a file.")
    public Response export(@QueryParam("history") @DefaultValue("false") boolean history) {
        StreamingOutput body = out -> backups.exportZip(out, history);
        return Response.ok(body, ZIP).header("Content-Disposition", "attachment; filename=\"kopru-backup.zip\"").build();
    }

    @POST
    @Path("/import")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a zip of the content folder: a dry run unless apply=true",
            description = "All or nothing: with any problem (each named with its file and line, 422) nothing is changed. "
                    + "Importing what is already there changes nothing.")
    public Response importZip(InputStream zip, @QueryParam("apply") @DefaultValue("false") boolean apply) {
        try {
            ImportReport report = backups.importZip(zip, apply);
            return Response.status(report.problems().isEmpty() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE).entity(json(report)).build();
        } catch (ArchiveUnpacker.Rejected e) {
            throw refusal(e);
        } catch (ImportBusyException e) {
            throw new ApiRefusal(409, AdminMessages::backupBusy);
        }
    }

    /** The archive's fault, in the caller's language. */
    public static ApiRefusal refusal(ArchiveUnpacker.Rejected e) {
        return switch (e.problem) {
            case NOT_ZIP -> new ApiRefusal(400, AdminMessages::backupNotZip);
            case UNSAFE_NAME -> new ApiRefusal(400, msg -> msg.backupUnsafeName(e.entry));
            case DUPLICATE -> new ApiRefusal(400, msg -> msg.backupDuplicate(e.entry));
            case TOO_LARGE -> new ApiRefusal(413, AdminMessages::backupTooLarge);
            case TOO_MANY -> new ApiRefusal(413, AdminMessages::backupTooMany);
        };
    }

    static Map<String, Object> json(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applied", report.applied());
        json.put("created", report.created());
        json.put("updated", report.updated());
        json.put("unchanged", report.unchanged());
        json.put("tags", report.tags());
        json.put("media", report.media());
        json.put("accounts", report.accounts());
        List<Map<String, Object>> problems = report.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("file", p.path().toString().replace('\\', '/'));
            problem.put("line", p.line());
            problem.put("reason", p.reason());
            return problem;
        }).toList();
        json.put("problems", problems);
        return json;
    }
}
