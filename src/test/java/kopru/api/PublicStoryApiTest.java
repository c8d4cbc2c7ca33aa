package kopru.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.admin.CreatedStories;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.site.Site;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public read API: published articles only, clear 400s and JSON 404s. */
@QuarkusTest
class PublicStoryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    StoryService stories;

    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteStories() {
        created.deleteAll();
    }

    @Test
    void shouldShowAStoryWithItsPublishedArticlesOnly() throws Exception {
        String key = created.add(TestStories.newKey("public-api"));
        TestStories.publish(stories, key, Lang.TR, "Açık API haberi");
        QuarkusTransaction.requiringNew().run(() -> stories.saveArticle(Story.findByKey(key).orElseThrow(), Lang.KK,
                TestStories.text("Жоба мәтіні", null), Actor.system("test")).article());
        Site.Reply reply = Site.get("/api/v1/stories/" + key).expect(200);
        JsonNode story = JSON.readTree(reply.body());
        assertEquals(key, story.path("key").asText());
        assertEquals("news", story.path("kind").asText());
        assertEquals("tr", story.path("original").asText());
        JsonNode tr = story.path("articles").path("tr");
        assertEquals("Açık API haberi", tr.path("title").asText());
        assertTrue(tr.path("url").asText().startsWith("http://localhost:8080/tr/2021/06/"), tr.toString());
        assertTrue(tr.path("body_html").asText().contains("<strong>Açık API haberi</strong>"), tr.toString());
        assertEquals(TestStories.OLD_DATE.toInstant(), OffsetDateTime.parse(tr.path("published").asText()).toInstant());
        assertTrue(story.path("articles").path("kk").isMissingNode(), "the Kazakh draft is not shown");
    }

    @Test
    void shouldListStoriesByLanguageKindAndTag() throws Exception {
        String key = created.add(TestStories.newKey("public-list"));
        TestStories.publish(stories, key, Lang.KK, "Тізім сынағы");
        JsonNode kk = JSON.readTree(Site.get("/api/v1/stories?lang=kk&kind=news").expect(200).body());
        assertEquals(1, kk.path("page").asInt());
        assertTrue(kk.path("total").asLong() >= 1);
        assertFalse(kk.path("stories").isEmpty());
        for (JsonNode story : kk.path("stories")) {
            assertFalse(story.path("articles").path("kk").isMissingNode(), "lang=kk lists stories with a public Kazakh article");
            assertEquals("news", story.path("kind").asText());
        }
        JsonNode tr = JSON.readTree(Site.get("/api/v1/stories?lang=tr&page=1").expect(200).body());
        assertTrue(tr.path("stories").findValuesAsText("key").stream().noneMatch(key::equals), "a Kazakh-only story is not in lang=tr");
        assertEquals(0, JSON.readTree(Site.get("/api/v1/stories?tag=no-such-tag-here").expect(200).body()).path("total").asLong());
    }

    @Test
    void shouldNeverShowDraftsOrEmbargoedStories() {
        String draft = created.add(TestStories.newKey("public-draft"));
        String embargoed = created.add(TestStories.newKey("public-embargo"));
        QuarkusTransaction.requiringNew().run(() -> {
            stories.saveArticle(stories.saveStory(draft, kopru.story.Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test")), Lang.TR,
                    TestStories.text("Taslak", null), Actor.system("test")).article();
            Story story = stories.saveStory(embargoed, kopru.story.Kind.STATEMENT, Lang.TR, OffsetDateTime.now().plusDays(2), List.of(), Actor.system("test"));
            stories.publish(stories.saveArticle(story, Lang.TR, TestStories.text("Ambargolu açıklama", null), Actor.system("test")).article(), TestStories.OLD_DATE, "test");
        });
        assertEquals(404, Site.get("/api/v1/stories/" + draft).statusCode());
        Site.Reply hidden = Site.get("/api/v1/stories/" + embargoed);
        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.header("Content-Type").startsWith("application/json"), hidden.header("Content-Type"));
        for (String path : List.of("/api/v1/stories", "/api/v1/stories?lang=tr", "/api/v1/stories?kind=statement")) {
            String body = Site.get(path).expect(200).body();
            assertFalse(body.contains(draft) || body.contains(embargoed), path);
        }
    }

    @Test
    void shouldAnswerBadParametersWith400AndUnknownKeysWith404() throws Exception {
        for (String path : List.of("/api/v1/stories?lang=en", "/api/v1/stories?kind=blog", "/api/v1/stories?page=0",
                "/api/v1/stories?page=abc", "/api/v1/stories?page=99999999999", "/api/v1/stories?tag=%3Cscript%3E",
                "/api/v1/stories/Bad_Key")) {
            Site.Reply reply = Site.get(path);
            assertEquals(400, reply.statusCode(), path + ": " + reply.body());
            assertFalse(JSON.readTree(reply.body()).path("error").asText().isBlank(), path);
            Site.assertNoLeak(reply.body());
        }
        Site.Reply missing = Site.get("/api/v1/stories/no-such-story-anywhere");
        assertEquals(404, missing.statusCode());
        assertFalse(JSON.readTree(missing.body()).path("error").asText().isBlank());
    }
}
