package kopru.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSON APIs' {"error"} texts: the account's interface language when signed in, else Accept-Language. */
@QuarkusTest
class ApiErrorLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = TestAccounts.PASSWORD;

    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @Test
    void shouldWordWriteApiErrorsInATurkishAccountsLanguage() {
        String author = TestAccounts.create("author", Lang.TR);
        String editor = TestAccounts.create("editor", Lang.TR);
        String key = created.add(TestStories.newKey("api-words-tr"));
        long version = json(put(author, key, WriteApiTest.story("İlk", null, null, null)).expect(201)).at("/articles/tr/version").asLong();
        put(editor, key, WriteApiTest.story("İkinci", null, version, null)).expect(200);

        assertError(409, "Siz düzenlerken başka biri tr sürümünü değiştirdi: güncelini okuyun, değişikliklerinizi birleştirip yeniden kaydedin.",
                put(author, key, WriteApiTest.story("Eski sürümden", null, version, null)));
        assertError(400, "Anahtar 1-80 karakter olmalı: küçük harf (a-z), rakam ve tire.",
                put(author, "Bad_Key", WriteApiTest.story("x", null, null, null)));
        assertError(400, "Bilinmeyen etiket anahtarı.", put(author, TestStories.newKey("api-words-tag"),
                "{\"kind\":\"news\",\"original\":\"tr\",\"tags\":[\"no-such-tag\"],\"articles\":{\"tr\":{\"title\":\"x\"}}}"));
        assertError(400, "Gövde geçerli JSON değil.", put(author, key, "not json"));
        assertError(400, "\"articles.tr.title\" gerekli.", put(author, key, "{\"articles\":{\"tr\":{\"body\":\"no title\"}}}"));
        move(author, key, "{\"to\":\"in-review\"}").expect(200);
        assertError(403, "Rolünüz bu durum değişikliğine izin vermiyor.", move(author, key, "{\"to\":\"published\"}"));
        assertError(409, "\"scheduled\" için \"at\" gelecekte bir zaman olmalı.",
                move(editor, key, "{\"to\":\"scheduled\",\"at\":\"2020-01-01T10:00:00+03:00\"}"));
        assertError(404, "Bulunamadı", Browser.api("GET", "/api/v1/admin/stories/no-such-story-here", author, PW, null));
    }

    @Test
    void shouldWordWriteApiErrorsInAKazakhAccountsLanguageWhateverTheHeaderSays() {
        String author = TestAccounts.create("author", Lang.KK);
        String editor = TestAccounts.create("editor", Lang.KK);
        String key = created.add(TestStories.newKey("api-words-kk"));
        long version = json(put(author, key, WriteApiTest.story("İlk", null, null, null)).expect(201)).at("/articles/tr/version").asLong();
        put(editor, key, WriteApiTest.story("İkinci", null, version, null)).expect(200);

        assertError(409, "Сіз өңдеп жатқанда басқа біреу tr нұсқасын өзгертті: соңғысын оқып, өзгерістеріңізді біріктіріп, қайта сақтаңыз.",
                put(author, key, WriteApiTest.story("Eski sürümden", null, version, null)));
        assertError(400, "Кілт 1-80 таңбадан тұруы керек: кіші әріптер (a-z), сандар және сызықша.",
                put(author, "Bad_Key", WriteApiTest.story("x", null, null, null)));
        assertError(400, "Белгісіз тег кілті.", put(author, TestStories.newKey("api-words-tag"),
                "{\"kind\":\"news\",\"original\":\"tr\",\"tags\":[\"no-such-tag\"],\"articles\":{\"tr\":{\"title\":\"x\"}}}"));
        move(author, key, "{\"to\":\"in-review\"}").expect(200);
        assertError(403, "Сіздің рөліңіз күйді бұлай өзгертуге рұқсат бермейді.", move(author, key, "{\"to\":\"published\"}"));
        assertError(409, "\"scheduled\" үшін \"at\" болашақтағы уақыт болуы керек.",
                move(editor, key, "{\"to\":\"scheduled\",\"at\":\"2020-01-01T10:00:00+03:00\"}"));
        // The account's choice wins over the client's Accept-Language.
        assertError(404, "Табылмады", Site.get("/api/v1/admin/stories/no-such-story-here",
                "Authorization", basic(author), "Accept-Language", "tr"));
    }

    @Test
    void shouldWordPublicApiErrorsByAcceptLanguage() {
        assertError(400, "Sayfa 1 ile 10000 arasında bir tam sayı olmalı.", Site.get("/api/v1/stories?page=0"));
        assertError(400, "Бет нөмірі 1 мен 10000 аралығындағы бүтін сан болуы керек.",
                Site.get("/api/v1/stories?page=0", "Accept-Language", "kk"));
        assertError(400, "\"kind\" мәні news, press-release немесе statement болуы керек.",
                Site.get("/api/v1/stories?kind=poem", "Accept-Language", "ru-RU,ru;q=0.9"));
        assertError(400, "\"kind\" news, press-release veya statement olmalı.",
                Site.get("/api/v1/stories?kind=poem", "Accept-Language", "en-US,tr;q=0.5"));
        assertError(400, "Anahtar 1-80 karakter olmalı: küçük harf (a-z), rakam ve tire.", Site.get("/api/v1/stories/Bad_Key"));
        assertError(404, "Bulunamadı", Site.get("/api/v1/stories/no-such-story-here"));
        assertError(404, "Табылмады", Site.get("/api/v1/stories/no-such-story-here", "Accept-Language", "kk-KZ"));
    }

    private static void assertError(int status, String expected, Site.Reply reply) {
        assertEquals(status, reply.statusCode(), reply.body());
        assertEquals(expected, json(reply).get("error").asText());
    }

    private static Site.Reply put(String user, String key, String json) {
        return Browser.api("PUT", "/api/v1/admin/stories/" + key, user, PW, json);
    }

    private static Site.Reply move(String user, String key, String json) {
        return Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", user, PW, json);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(Site.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + reply.body(), e);
        }
    }
}
