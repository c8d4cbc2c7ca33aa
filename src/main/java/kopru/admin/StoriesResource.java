package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kopru.i18n.Lang;
import kopru.story.Kind;
import kopru.story.Status;
import kopru.story.StoryKeys;
import kopru.story.Tag;
import kopru.story.TranslationStatus;

/** The story list: filters in the query string (so every view is a link), title search, pages. */
@Path("/admin/stories")
@Produces(MediaType.TEXT_HTML)
public class StoriesResource {
    private static final int SIZE = 30;

    @Inject
    CurrentEditor editor;
    @Inject
    Newsroom newsroom;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("kind") String kind, @QueryParam("lang") String lang,
            @QueryParam("tag") String tag, @QueryParam("needs") String needs, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("deleted") String deleted) {
        AdminMessages msg = editor.msg();
        // Unknown filter values are ignored rather than refused: the list is a page people bookmark and edit by hand.
        Newsroom.Filter filter = new Newsroom.Filter(Status.of(status).orElse(null), Kind.of(kind).map(Kind::code).orElse(null),
                Lang.of(lang).orElse(null), StoryKeys.isValid(tag) ? tag : null, "translation".equals(needs),
                q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 200)));
        int number = pageNumber(page);
        Newsroom.Found found = newsroom.list(filter, number, SIZE);
        List<EditorViews.StoryRow> rows = found.stories().stream().map(s -> row(msg, s)).toList();
        String link = link(filter);
        return editor.localized(AdminTemplates.stories(new EditorViews.ListPage(editor.user(), msg.stories(),
                deleted == null ? null : msg.deleted(), StoryTexts.statuses(msg, status), StoryTexts.kinds(msg, kind),
                StoryTexts.langs(msg, lang), tags(filter.tag()), filter.needsTranslation(), filter.query() == null ? "" : filter.query(), rows,
                found.total(), number > 1 ? link + "page=" + (number - 1) : null,
                (long) number * SIZE < found.total() ? link + "page=" + (number + 1) : null)));
    }

    private static EditorViews.StoryRow row(AdminMessages msg, Newsroom.Listed story) {
        List<EditorViews.ArticleCell> cells = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            cells.add(story.articles().stream().filter(a -> a.lang() == lang).findFirst()
                    .map(a -> new EditorViews.ArticleCell(lang.code(), a.title(), a.status().code(), StoryTexts.status(msg, a.status()),
                            StoryTexts.translation(msg, a.translation()), a.translation().code))
                    .orElse(new EditorViews.ArticleCell(lang.code(), null, null, msg.statusNone(),
                            StoryTexts.translation(msg, TranslationStatus.State.MISSING), TranslationStatus.State.MISSING.code)));
        }
        return new EditorViews.StoryRow(story.key(), cells, StoryTexts.kind(msg, story.kind()), AdminTexts.bothZones(story.lastChange()));
    }

    private static List<EditorViews.Choice> tags(String selected) {
        return Tag.<Tag>listAll(io.quarkus.panache.common.Sort.by("key")).stream()
                .map(t -> new EditorViews.Choice(t.key, t.key, t.key.equals(selected))).toList();
    }

    /** This list's URL with the same filters, ready for "page=". */
    private static String link(Newsroom.Filter f) {
        StringBuilder url = new StringBuilder("/admin/stories?");
        if (f.status() != null) {
            url.append("status=").append(f.status().code()).append('&');
        }
        if (f.kind() != null) {
            url.append("kind=").append(f.kind()).append('&');
        }
        if (f.lang() != null) {
            url.append("lang=").append(f.lang().code()).append('&');
        }
        if (f.tag() != null) {
            url.append("tag=").append(f.tag()).append('&');
        }
        if (f.needsTranslation()) {
            url.append("needs=translation&");
        }
        if (f.query() != null) {
            url.append("q=").append(URLEncoder.encode(f.query(), StandardCharsets.UTF_8)).append('&');
        }
        return url.toString();
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
