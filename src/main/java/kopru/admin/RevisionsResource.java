package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import kopru.i18n.Lang;
import io.quarkus.security.identity.SecurityIdentity;
import kopru.story.Actor;
import kopru.story.StaleEditException;
import kopru.story.StoryEditing;
import kopru.story.StoryKeys;
import kopru.story.StoryNotFoundException;
import org.jboss.resteasy.reactive.RestForm;

/** Revision history per story and language, the word diff of any two revisions, and restoring one (as a new revision). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class RevisionsResource {
    @Inject
    CurrentEditor editor;
    @Inject
    RevisionPages pages;
    @Inject
    StoryEditing editing;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/revisions")
    public Response history(@QueryParam("key") String key, @QueryParam("lang") String lang, @QueryParam("restored") String restored,
            @QueryParam("problem") String problem) {
        AdminMessages msg = editor.msg();
        Optional<Lang> language = Lang.of(lang);
        if (!StoryKeys.isValid(key) || language.isEmpty()) {
            return ProblemPages.notFound(editor);
        }
        return pages.history(editor, key, language.get(), restored == null ? null : msg.restored(), problem == null ? null : msg.problemStale())
                .map(page -> Response.ok(html(AdminTemplates.revisions(page))).build()).orElseGet(() -> ProblemPages.notFound(editor));
    }

    @GET
    @Path("/diff")
    public Response diff(@QueryParam("key") String key, @QueryParam("lang") String lang, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Optional<Lang> language = Lang.of(lang);
        Integer a = number(from);
        Integer b = number(to);
        if (!StoryKeys.isValid(key) || language.isEmpty() || a == null || b == null) {
            return ProblemPages.notFound(editor);
        }
        return pages.diff(editor, key, language.get(), a, b).map(page -> Response.ok(html(AdminTemplates.diff(page))).build())
                .orElseGet(() -> ProblemPages.notFound(editor));
    }

    /** The form carries the article version the page showed: a restore over someone's newer save is refused. */
    @POST
    @Path("/revisions/restore")
    public Response restore(@RestForm String key, @RestForm String lang, @RestForm String number, @RestForm String version) {
        Optional<Lang> language = Lang.of(lang);
        Integer revision = number(number);
        Integer seen = number(version);
        if (!StoryKeys.isValid(key) || language.isEmpty() || revision == null || seen == null) {
            return ProblemPages.notFound(editor);
        }
        String back = "/admin/revisions?key=" + key + "&lang=" + language.get().code();
        try {
            boolean pending = editing.restore(key, language.get(), revision, seen, Actor.of(editor.name(), identity.getRoles())).pending();
            if (pending) {
                return Response.seeOther(URI.create("/admin/story?key=" + key + "&saved=pending")).build();
            }
            return Response.seeOther(URI.create(back + "&restored=" + revision)).build();
        } catch (StaleEditException e) {
            return Response.seeOther(URI.create(back + "&problem=stale")).build();
        } catch (StoryNotFoundException e) {
            return ProblemPages.notFound(editor);
        }
    }

    private TemplateInstance html(TemplateInstance template) {
        return editor.localized(template);
    }

    private static Integer number(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }
}
