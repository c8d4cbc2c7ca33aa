package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.account.Roles;
import kopru.search.SearchIndexer;
import kopru.story.Status;

/** The first page after login: what waits for the newsroom, missed schedules flagged, and (for admins) an index rebuild. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {
    @Inject
    CurrentEditor editor;
    @Inject
    Newsroom newsroom;
    @Inject
    SearchIndexer indexer;

    @GET
    public TemplateInstance dashboard(@QueryParam("rebuilding") String rebuilding) {
        AdminMessages msg = editor.msg();
        OffsetDateTime now = OffsetDateTime.now();
        List<EditorViews.ScheduledRow> scheduled = newsroom.scheduled().stream()
                .map(a -> new EditorViews.ScheduledRow(a.story.key, a.lang.code(), a.title, AdminTexts.bothZones(a.publishedAt), Newsroom.missed(a, now)))
                .toList();
        return editor.localized(AdminTemplates.dashboard(new EditorViews.DashboardPage(editor.user(), msg.dashboard(),
                rebuilding == null ? null : msg.rebuildStarted(), newsroom.count(Status.DRAFT), newsroom.count(Status.IN_REVIEW),
                newsroom.needingTranslation().size(), scheduled, scheduled.stream().filter(EditorViews.ScheduledRow::missed).count(),
                newsroom.waiting().stream().map(w -> new EditorViews.WaitingRow(w.key(), w.lang().code(), w.title(), w.savedBy(),
                        AdminTexts.bothZones(w.savedAt()))).toList())));
    }

    @POST
    @Path("/search-index")
    @RolesAllowed(Roles.ADMIN)
    public Response rebuildSearchIndex() {
        indexer.requestRebuild();
        return Response.seeOther(URI.create("/admin?rebuilding=1")).build();
    }
}
