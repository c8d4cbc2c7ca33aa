package kopru.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import kopru.story.Actor;
import kopru.account.ApiTokens;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Partners' feed: embargoed items early and marked, drafts and scheduled items never, and a partner token required. */
@QuarkusTest
class PartnerFeedTest {
    private static final String KOPRU_NS = "urn:kopru:feed";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    @Inject
    StoryService stories;
    @Inject
    ApiTokens tokens;

    private final CreatedStories created = new CreatedStories();
    private final OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
    private String embargoed;
    private String visible;
    private String draft;
    private String scheduled;
    private String partnerToken;

    @BeforeEach
    void makeStories() {
        embargoed = created.add(TestStories.newKey("partner-embargo"));
        visible = created.add(TestStories.newKey("partner-visible"));
        draft = created.add(TestStories.newKey("partner-draft"));
        scheduled = created.add(TestStories.newKey("partner-scheduled"));
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = stories.saveStory(embargoed, Kind.PRESS_RELEASE, Lang.TR, embargo, List.of(), Actor.system("test"));
            stories.publish(stories.saveArticle(story, Lang.TR, TestStories.text("Ambargolu bülten " + embargoed, null), Actor.system("test")).article(),
                    TestStories.OLD_DATE, "test");
            Story drafted = stories.saveStory(draft, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"));
            stories.saveArticle(drafted, Lang.TR, TestStories.text("Taslak " + draft, null), Actor.system("test")).article();
            Story later = stories.saveStory(scheduled, Kind.NEWS, Lang.TR, embargo, List.of(), Actor.system("test"));
            Article article = stories.saveArticle(later, Lang.TR, TestStories.text("Zamanlanmış " + scheduled, null), Actor.system("test")).article();
            stories.schedule(article, embargo.plusHours(1), "test");
        });
        TestStories.publish(stories, visible, Lang.TR, "Görünür haber " + visible);
        partnerToken = tokens.createForPartner("test", "Ajans " + embargoed, "admin");
    }

    @AfterEach
    void deleteStories() {
        created.deleteAll();
    }

    @Test
    void shouldListEmbargoedItemsWithTheirEmbargoInJsonFeed() throws Exception {
        Site.Reply reply = partner("/api/v1/partner/tr/feed.json").expect(200);
        assertEquals("private, no-cache", reply.header("Cache-Control"));
        JsonNode feed = new ObjectMapper().readTree(reply.body());
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        JsonNode item = item(feed, embargoed);
        assertNotNull(item, "the embargoed item is in partners' feed");
        assertEquals(embargo.toInstant(), OffsetDateTime.parse(item.path("_kopru").path("embargo").asText()).toInstant());
        JsonNode public_ = item(feed, visible);
        assertNotNull(public_, "public items are in partners' feed too");
        assertTrue(public_.path("_kopru").isMissingNode(), "a public item carries no embargo mark");
        assertNull(item(feed, draft), "drafts never");
        assertNull(item(feed, scheduled), "scheduled items never");
        assertNull(item(new ObjectMapper().readTree(partner("/api/v1/partner/kk/feed.json").expect(200).body()), embargoed),
                "the Kazakh feed has no Turkish item");
    }

    @Test
    void shouldMarkEmbargoedEntriesInAtomWithOwnNamespace() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                partner("/api/v1/partner/atom.xml").expect(200).body().getBytes(StandardCharsets.UTF_8)));
        NodeList entries = atom.getElementsByTagNameNS(ATOM_NS, "entry");
        String embargoMark = null;
        boolean visibleFound = false;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String id = entry.getElementsByTagNameNS(ATOM_NS, "id").item(0).getTextContent();
            NodeList mark = entry.getElementsByTagNameNS(KOPRU_NS, "embargo");
            if (id.contains(embargoed)) {
                embargoMark = mark.item(0).getTextContent();
            } else if (id.contains(visible)) {
                visibleFound = true;
                assertEquals(0, mark.getLength(), "a public entry carries no embargo mark");
            }
            assertFalse(id.contains(draft) || id.contains(scheduled), id);
        }
        assertTrue(visibleFound);
        assertNotNull(embargoMark, "the embargoed entry is in partners' Atom feed");
        assertEquals(embargo.toInstant(), OffsetDateTime.parse(embargoMark).toInstant());
    }

    @Test
    void shouldKeepEmbargoedItemsOutOfEveryPublicOutput() {
        for (String path : List.of("/rss.xml", "/atom.xml", "/feed.json", "/tr/rss.xml", "/tr/atom.xml", "/tr/feed.json",
                "/tr/kind/press-release/feed.json", "/api/v1/stories?lang=tr", "/api/v1/stories?kind=press-release", "/sitemap.xml")) {
            String body = Site.get(path).expect(200).body();
            assertFalse(body.contains(embargoed), path + " leaks the embargoed story");
            assertFalse(body.contains(draft) || body.contains(scheduled), path + " leaks a draft or scheduled story");
        }
        assertEquals(404, Site.get("/api/v1/stories/" + embargoed).statusCode());
    }

    @Test
    void shouldRequireAPartnerToken() {
        assertEquals(401, Site.get("/api/v1/partner/tr/feed.json").statusCode());
        assertEquals(401, Browser.apiWith("GET", "/api/v1/partner/tr/feed.json", "Bearer kopru_wrong", null).statusCode());
        assertEquals(401, Browser.api("GET", "/api/v1/partner/tr/feed.json", "admin", TestAccounts.ADMIN_PASSWORD, null).statusCode(),
                "a password is not a partner token");
        String accountToken = tokens.createForAccount("editor", TestAccounts.create("editor"), "admin");
        assertEquals(403, Browser.apiWith("GET", "/api/v1/partner/tr/feed.json", "Bearer " + accountToken, null).statusCode());
        assertEquals(404, partner("/api/v1/partner/xx/feed.json").statusCode());
        assertEquals(400, partner("/api/v1/partner/tr/feed.json?page=abc").statusCode());
        assertEquals(404, partner("/api/v1/partner/tr/feed.json?page=999").statusCode());
    }

    @Test
    void shouldAnswerNotModifiedToAMatchingValidatorUntilSomethingIsPublished() {
        String path = "/api/v1/partner/tr/feed.json";
        Site.Reply first = partner(path).expect(200);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag, "an ETag");
        assertNotNull(lastModified, "a Last-Modified");
        assertEquals("private, no-cache", first.header("Cache-Control"));

        Site.Reply again = partner(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body(), "a 304 has no body");
        assertEquals(etag, again.header("ETag"));
        assertEquals("private, no-cache", again.header("Cache-Control"));
        assertEquals(304, partner(path, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, partner("/api/v1/partner/atom.xml", "If-None-Match", etag).statusCode(), "each feed has its own ETag");

        String fresh = created.add(TestStories.newKey("partner-fresh"));
        TestStories.publish(stories, fresh, Lang.TR, "Yeni haber " + fresh);
        Site.Reply afterPublish = partner(path, "If-None-Match", etag, "If-Modified-Since", lastModified);
        assertEquals(200, afterPublish.statusCode(), "a publish makes the old ETag stale");
        assertTrue(afterPublish.body().contains(fresh));
        assertFalse(etag.equals(afterPublish.header("ETag")));
    }

    @Test
    void shouldWordErrorsByAcceptLanguage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("\"page\" 1 veya daha büyük bir tam sayı olmalı.",
                json.readTree(partner("/api/v1/partner/tr/feed.json?page=abc").body()).path("error").asText());
        Site.Reply noPage = partner("/api/v1/partner/tr/feed.json?page=999", "Accept-Language", "kk");
        assertEquals(404, noPage.statusCode());
        assertEquals("Мұндай бет жоқ.", json.readTree(noPage.body()).path("error").asText());
        assertEquals("\"URL\" ішінде белгісіз тіл \"xx\" (tr немесе kk қолданыңыз).",
                json.readTree(partner("/api/v1/partner/xx/feed.json", "Accept-Language", "ru").body()).path("error").asText());
    }

    @Test
    void shouldRequireATokenEvenForAMatchingETag() {
        String etag = partner("/api/v1/partner/tr/feed.json").expect(200).header("ETag");
        assertEquals(401, Site.get("/api/v1/partner/tr/feed.json", "If-None-Match", etag).statusCode());
        assertEquals(401, Site.get("/api/v1/partner/tr/feed.json", "If-None-Match", "*").statusCode());
    }

    private Site.Reply partner(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + partnerToken;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Site.get(path, all);
    }


    private static JsonNode item(JsonNode feed, String key) {
        for (JsonNode item : feed.path("items")) {
            if (item.path("title").asText().endsWith(key)) {
                return item;
            }
        }
        return null;
    }
}
