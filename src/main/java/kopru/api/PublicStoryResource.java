package kopru.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import kopru.admin.AdminMessages;
import kopru.i18n.Lang;
import kopru.site.PublicArticles;
import kopru.story.Kind;
import kopru.story.StoryKeys;
import kopru.story.StoryNotFoundException;
import kopru.story.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/stories} and {@code /api/v1/stories/{key}}: published stories with their public articles only. */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "public", description = "Read API: what the public may see")
public class PublicStoryResource {
    private static final int MAX_PAGE = 10_000;

    @Inject
    PublicStories stories;

    @GET
    @Operation(summary = "Published stories, newest first, 20 a page; lang=tr|kk keeps stories with a public article in that language")
    @APIResponse(responseCode = "200", description = "{\"page\", \"size\", \"total\", \"stories\": [story]}")
    @APIResponse(responseCode = "400", description = "{\"error\"}: unknown lang or kind, malformed tag, bad page")
    public PublicStoryJson.Page list(@QueryParam("lang") String lang, @QueryParam("tag") String tag, @QueryParam("kind") String kind,
            @QueryParam("page") String page) {
        Lang language = lang == null || lang.isEmpty() ? null : StoryJsonReader.lang(lang, "lang");
        Kind kindFilter = kind == null || kind.isEmpty() ? null
                : Kind.of(kind).orElseThrow(() -> new ApiBadRequest(msg -> msg.apiKind("kind")));
        Tag tagFilter = null;
        if (tag != null && !tag.isEmpty()) {
            if (!StoryKeys.isValid(tag)) {
                throw new ApiBadRequest(AdminMessages::problemBadKey);
            }
            tagFilter = Tag.findByKey(tag).orElse(null);
            if (tagFilter == null) {
                return new PublicStoryJson.Page(page(page), PublicStories.PAGE_SIZE, 0, java.util.List.of());
            }
        }
        return stories.list(new PublicArticles.Filter(language, tagFilter, kindFilter), page(page), OffsetDateTime.now());
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One published story with its public articles")
    @APIResponse(responseCode = "200", description = "{\"key\", \"kind\", \"tags\", \"original\", \"published\", \"articles\": "
            + "{\"tr\": {\"title\", \"summary\", \"url\", \"published\", \"updated\", \"body_html\"}}}")
    @APIResponse(responseCode = "404", description = "{\"error\"}: no such published story")
    public PublicStoryJson.Story get(@PathParam("key") String key) {
        if (!StoryKeys.isValid(key)) {
            throw new ApiBadRequest(AdminMessages::problemBadKey);
        }
        return stories.find(key, OffsetDateTime.now()).orElseThrow(() -> new StoryNotFoundException(key));
    }

    private static int page(String value) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiBadRequest(msg -> msg.apiPage(MAX_PAGE));
    }
}
