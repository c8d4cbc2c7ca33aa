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
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.site.Site;
import kopru.story.ChangeLogEntry;
import kopru.story.ScheduledPublisher;
import kopru.story.TestStories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WriteApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = TestAccounts.PASSWORD;

    @Inject
    ScheduledPublisher scheduler;

    private String author;
    private String editor;

    private final kopru.admin.CreatedStories created = new kopru.admin.CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @BeforeEach
    void accounts() {
        author = TestAccounts.create("author");
        editor = TestAccounts.create("editor");
    }

    static String story(String trTitle, String kkTitle, Long trVersion, Long kkVersion) {
        StringBuilder json = new StringBuilder("{\"kind\":\"news\",\"original\":\"tr\",\"tags\":[],\"articles\":{");
        json.append("\"tr\":{\"title\":\"").append(trTitle).append("\",\"body\":\"Metin **kalın**.\",\"summary\":\"Özet\"")
                .append(trVersion == null ? "" : ",\"version\":" + trVersion).append("}");
        if (kkTitle != null) {
            json.append(",\"kk\":{\"title\":\"").append(kkTitle).append("\",\"body\":\"Мәтін.\"")
                    .append(kkVersion == null ? "" : ",\"version\":" + kkVersion).append("}");
        }
        return json.append("}}").toString();
    }

    private Site.Reply put(String user, String key, String json) {
        return Browser.api("PUT", "/api/v1/admin/stories/" + key, user, PW, json);
    }

    private Site.Reply move(String user, String key, String lang, String json) {
        return Browser.api("POST", "/api/v1/admin/stories/" + key + "/" + lang + "/transitions", user, PW, json);
    }

    private static JsonNode json(Site.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + reply.body(), e);
        }
    }

    @Test
    void shouldCreateThenUpdateAStoryAndAnswerAsGetDoes() {
        String key = created.add(TestStories.newKey("api-create"));
        Site.Reply created = put(author, key, story("Deprem bölgesine yardım", "Көмек", null, null)).expect(201);
        JsonNode body = json(created);
        assertEquals(key, body.get("key").asText());
        assertEquals("draft", body.at("/articles/tr/status").asText());
        assertEquals("current", body.at("/articles/kk/translation").asText());
        long version = body.at("/articles/tr/version").asLong();
        Site.Reply updated = put(author, key, story("Deprem bölgesine yeni yardım", null, version, null)).expect(200);
        assertEquals("Deprem bölgesine yeni yardım", json(updated).at("/articles/tr/title").asText());
        assertEquals("outdated", json(updated).at("/articles/kk/translation").asText());
        assertEquals(json(updated), json(Browser.api("GET", "/api/v1/admin/stories/" + key, author, PW, null).expect(200)));
        JsonNode revisions = json(Browser.api("GET", "/api/v1/admin/stories/" + key + "/tr/revisions", author, PW, null).expect(200));
        assertEquals(2, revisions.size());
    }

    @Test
    void shouldRejectStaleEditWith409AndChangeNothing() {
        String key = created.add(TestStories.newKey("api-stale"));
        JsonNode first = json(put(author, key, story("İlk başlık", "Бірінші", null, null)).expect(201));
        long tr = first.at("/articles/tr/version").asLong();
        long kk = first.at("/articles/kk/version").asLong();
        put(editor, key, story("Editörün başlığı", null, tr, null)).expect(200);
        long changes = QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.count("storyKey", key));
        // The author still holds the old tr version; the kk half of the same save must not be written either.
        Site.Reply stale = put(author, key, story("Yazarın başlığı", "Өзгерген", tr, kk));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale).get("error").asText().contains("tr sürümünü"), stale.body());
        JsonNode now = json(Browser.api("GET", "/api/v1/admin/stories/" + key, author, PW, null));
        assertEquals("Editörün başlığı", now.at("/articles/tr/title").asText());
        assertEquals("Бірінші", now.at("/articles/kk/title").asText());
        assertEquals(kk, now.at("/articles/kk/version").asLong());
        assertEquals(changes, QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.count("storyKey", key)));
    }

    @Test
    void shouldAnswerBadInputWith400AndAClearMessageNever500() {
        String key = created.add(TestStories.newKey("api-bad"));
        String[] bodies = {"", "not json", "[]", "{\"kind\":\"poem\",\"original\":\"tr\"}", "{\"kind\":\"news\",\"original\":\"en\"}",
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"xx\":{\"title\":\"a\"}}}",
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"body\":\"no title\"}}}",
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":5}}}",
                "{\"kind\":\"news\",\"original\":\"tr\",\"embargo\":\"tomorrow\"}",
                "{\"kind\":\"news\",\"original\":\"tr\",\"tags\":[\"no-such-tag\"]}",
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"x\",\"slug\":\"Not A Slug!\"}}}",
                "{\"articles\":{\"tr\":{\"title\":\"no kind\"}}}"};
        for (String body : bodies) {
            Site.Reply reply = put(author, key, body);
            assertEquals(400, reply.statusCode(), body + " → " + reply.body());
            assertFalse(json(reply).get("error").asText().isBlank(), body);
            Site.assertNoLeak(reply.body());
        }
        assertEquals(400, put(author, "Bad_Key", story("x", null, null, null)).statusCode());
        assertEquals(404, Browser.api("GET", "/api/v1/admin/stories/" + key, author, PW, null).statusCode());
        put(author, key, story("Var olan", null, null, null)).expect(201);
        assertEquals(400, put(author, key, story("Sürümsüz", null, null, null)).statusCode(), "an update needs the version");
        assertEquals(400, move(editor, key, "tr", "{oops").statusCode());
        assertEquals(400, move(editor, key, "tr", "{\"to\":\"gone\"}").statusCode());
        assertEquals(400, move(editor, key, "en", "{\"to\":\"published\"}").statusCode());
        assertEquals(404, move(editor, key, "kk", "{\"to\":\"published\"}").statusCode());
    }

    @Test
    void shouldLetAuthorsSubmitButOnlyEditorsPublish() {
        String key = created.add(TestStories.newKey("api-flow"));
        put(author, key, story("Akış haberi", null, null, null)).expect(201);
        assertEquals("in-review", json(move(author, key, "tr", "{\"to\":\"in-review\"}").expect(200)).at("/articles/tr/status").asText());
        Site.Reply refused = move(author, key, "tr", "{\"to\":\"published\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        JsonNode published = json(move(editor, key, "tr", "{\"to\":\"published\"}").expect(200));
        assertEquals("published", published.at("/articles/tr/status").asText());
        Site.get(published.at("/articles/tr/url").asText()).expect(200);
        assertEquals(409, move(editor, key, "tr", "{\"to\":\"in-review\"}").statusCode(), "published → in-review is not a move");
        assertEquals(403, move(author, key, "tr", "{\"to\":\"archived\"}").statusCode());
        move(editor, key, "tr", "{\"to\":\"archived\"}").expect(200);
        Site.get(published.at("/articles/tr/url").asText()).expect(404);
    }

    @Test
    void shouldFireAScheduleOnceAndLogIt() {
        String key = created.add(TestStories.newKey("api-schedule"));
        put(author, key, story("Zamanlanmış haber", null, null, null)).expect(201);
        assertEquals(409, move(editor, key, "tr", "{\"to\":\"scheduled\",\"at\":\"2020-01-01T10:00:00+03:00\"}").statusCode());
        OffsetDateTime at = OffsetDateTime.now().plusSeconds(2);
        JsonNode scheduled = json(move(editor, key, "tr", "{\"to\":\"scheduled\",\"at\":\"" + at + "\"}").expect(200));
        assertEquals("scheduled", scheduled.at("/articles/tr/status").asText());
        String url = scheduled.at("/articles/tr/url").asText();
        Site.get(url).expect(404);
        OffsetDateTime later = at.plusSeconds(1);
        int first = scheduler.publishDue(later);
        int again = scheduler.publishDue(later);
        assertTrue(first >= 1, "the due article is published");
        assertEquals(0, again, "nothing fires twice");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> ChangeLogEntry.count("storyKey = ?1 and action = ?2", key, ChangeLogEntry.Action.PUBLISH)));
        JsonNode now = json(Browser.api("GET", "/api/v1/admin/stories/" + key, author, PW, null));
        assertEquals("published", now.at("/articles/tr/status").asText());
    }

    @Test
    void shouldAcceptNoCredentialsButTheRightOnes() {
        assertEquals(401, Browser.api("GET", "/api/v1/admin/stories/x", author, "wrong", null).statusCode());
        assertEquals(401, Browser.apiWith("GET", "/api/v1/admin/stories/x", "Bearer not-a-token", null).statusCode());
    }
}
