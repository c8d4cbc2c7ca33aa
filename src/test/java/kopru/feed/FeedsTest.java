package kopru.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every feed read back with parsers that did not write it: the JDK's DOM parser for RSS and Atom
 * (Rome wrote them), Jackson's tree for JSON Feed. Runs in CI under a Turkish locale too, where the
 * RFC 822 dates must still use English day and month names.
 */
@QuarkusTest
class FeedsTest {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final Pattern RFC_822 = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|[+-]\\d{4})");
    private static final String TAG_PAGE = "/tr/tag/deprem";

    @Inject
    StoryService stories;

    @ParameterizedTest
    @ValueSource(strings = {"/rss.xml", "/tr/rss.xml", "/kk/rss.xml", "/tr/tag/deprem/rss.xml", "/kk/kind/press-release/rss.xml",
            "/tr/kind/statement/rss.xml"})
    void shouldServeValidRss(String path) {
        Site.Reply reply = Site.get(path).expect(200);
        assertTrue(reply.header("Content-Type").startsWith("application/rss+xml"), reply.header("Content-Type"));
        Element channel = child(xml(reply.body()).getDocumentElement(), null, "channel");
        assertEquals("2.0", channel.getParentNode().getAttributes().getNamedItem("version").getNodeValue());
        String language = text(channel, null, "language");
        assertEquals(path.startsWith("/rss") ? null : path.substring(1, 3), language, "channel language");
        Element self = child(channel, ATOM_NS, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(Site.absolute(path), self.getAttribute("href"));
        assertNotNull(text(channel, null, "ttl"));
        assertAbsolute(text(channel, null, "link"));
        List<Element> items = children(channel, null, "item");
        assertFalse(items.isEmpty(), "no items in " + path);
        Set<String> guids = new HashSet<>();
        for (Element item : items) {
            String guid = text(item, null, "guid");
            assertTrue(guids.add(guid), "duplicate guid " + guid);
            assertAbsolute(guid);
            assertEquals(guid, text(item, null, "link"), "guid is the permanent URL");
            String pubDate = text(item, null, "pubDate");
            assertTrue(RFC_822.matcher(pubDate).matches(), "not an English RFC 822 date: " + pubDate);
            DateTimeFormatter.RFC_1123_DATE_TIME.parse(pubDate);
            assertFalse(text(item, CONTENT_NS, "encoded").isBlank(), "content:encoded is the full text");
            assertNotNull(text(item, DC_NS, "creator"), "dc:creator");
            if (language == null) {
                assertTrue(Set.of("tr", "kk").contains(text(item, DC_NS, "language")), "items of the mixed feed carry their language");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/atom.xml", "/tr/atom.xml", "/kk/atom.xml", "/kk/tag/deprem/atom.xml", "/tr/kind/news/atom.xml"})
    void shouldServeValidAtom(String path) {
        Site.Reply reply = Site.get(path).expect(200);
        assertTrue(reply.header("Content-Type").startsWith("application/atom+xml"), reply.header("Content-Type"));
        Element feed = xml(reply.body()).getDocumentElement();
        assertEquals(ATOM_NS, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        OffsetDateTime.parse(text(feed, ATOM_NS, "updated"));
        assertTrue(children(feed, ATOM_NS, "link").stream()
                .anyMatch(link -> link.getAttribute("rel").equals("self") && link.getAttribute("href").equals(Site.absolute(path))));
        Set<String> ids = new HashSet<>();
        List<Element> entries = children(feed, ATOM_NS, "entry");
        assertFalse(entries.isEmpty());
        for (Element entry : entries) {
            String id = text(entry, ATOM_NS, "id");
            assertTrue(ids.add(id), "duplicate id " + id);
            assertAbsolute(id);
            OffsetDateTime published = OffsetDateTime.parse(text(entry, ATOM_NS, "published"));
            OffsetDateTime updated = OffsetDateTime.parse(text(entry, ATOM_NS, "updated"));
            assertFalse(updated.isBefore(published), "updated before published in " + id);
            assertEquals("html", child(entry, ATOM_NS, "content").getAttribute("type"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.json", "/tr/feed.json", "/kk/feed.json", "/tr/tag/egitim/feed.json", "/kk/kind/news/feed.json"})
    void shouldServeValidJsonFeed(String path) throws Exception {
        Site.Reply reply = Site.get(path).expect(200);
        assertTrue(reply.header("Content-Type").startsWith("application/feed+json"), reply.header("Content-Type"));
        JsonNode feed = new ObjectMapper().readTree(reply.body());
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertEquals(Site.absolute(path), feed.path("feed_url").asText());
        assertAbsolute(feed.path("home_page_url").asText());
        Set<String> ids = new HashSet<>();
        assertTrue(feed.path("items").size() > 0);
        for (JsonNode item : feed.path("items")) {
            assertTrue(ids.add(item.path("id").asText()), "duplicate id");
            assertAbsolute(item.path("url").asText());
            OffsetDateTime.parse(item.path("date_published").asText());
            OffsetDateTime.parse(item.path("date_modified").asText());
            assertFalse(item.path("content_html").asText().isBlank());
            assertTrue(Set.of("tr", "kk").contains(item.path("language").asText()));
        }
    }

    @Test
    void shouldMixBothLanguagesInTheRootFeed() throws Exception {
        JsonNode items = new ObjectMapper().readTree(Site.get("/feed.json").expect(200).body()).path("items");
        Set<String> languages = new HashSet<>();
        items.forEach(item -> languages.add(item.path("language").asText()));
        assertEquals(Set.of("tr", "kk"), languages);
    }

    @Test
    void shouldNeverCarryADraft() {
        for (String path : List.of("/rss.xml", "/atom.xml", "/feed.json", "/tr/rss.xml")) {
            // The only draft of the content folder; see content/stories/almati-turk-sinemasi-gunleri.
            assertFalse(Site.get(path).expect(200).body().contains("sinema"), path + " carries the draft");
        }
    }

    @Test
    void shouldAnswerConditionalRequestsWith304() {
        for (String path : List.of("/tr/rss.xml", "/kk/atom.xml", "/feed.json")) {
            Site.Reply first = Site.get(path).expect(200);
            String etag = first.header("ETag");
            assertNotNull(etag);
            assertEquals("", Site.get(path, "If-None-Match", etag).expect(304).body());
            assertEquals("", Site.get(path, "If-Modified-Since", first.header("Last-Modified")).expect(304).body());
            Site.get(path, "If-None-Match", "\"stale\"").expect(200);
        }
    }

    @Test
    void shouldRefuseUnknownScopesAndBadPages() {
        Site.get("/tr/tag/no-such-tag/rss.xml").expect(404);
        Site.get("/kk/kind/opinion/atom.xml").expect(404);
        Site.get("/xx/feed.json").expect(404);
        Site.get("/tr/rss.xml?page=999").expect(404);
        Site.get("/tr/rss.xml?page=abc").expect(400);
        Site.get("/tr/rss.xml?page=-1").expect(400);
    }

    @Test
    void shouldListItsFeedsOnEveryPageOwnLanguageFirst() {
        org.jsoup.nodes.Document page = Site.get(TAG_PAGE).expect(200).html();
        List<String> feeds = page.select("head link[rel=alternate][type]").eachAttr("href");
        assertEquals(List.of("/tr/tag/deprem/rss.xml", "/tr/tag/deprem/atom.xml", "/tr/tag/deprem/feed.json",
                "/tr/rss.xml", "/tr/atom.xml", "/tr/feed.json", "/kk/rss.xml", "/kk/atom.xml", "/kk/feed.json"), feeds);
        List<String> kkHome = Site.get("/kk/").expect(200).html().select("head link[rel=alternate][type]").eachAttr("href");
        assertEquals("/kk/rss.xml", kkHome.get(0));
    }

    @Test
    void shouldShowANewStoryAndDropItWhenUnpublished() {
        String key = TestStories.newKey("feed-visible");
        String title = "Akış testi " + key;
        TestStories.publish(stories, key, Lang.TR, title);
        assertTrue(Site.get("/tr/rss.xml").expect(200).body().contains(title));
        assertTrue(Site.get("/feed.json").expect(200).body().contains(title));
        unpublish(stories, key, Lang.TR);
        assertFalse(Site.get("/tr/rss.xml").expect(200).body().contains(title), "unpublished item still in the feed");
        assertFalse(Site.get("/feed.json").expect(200).body().contains(title));
    }

    static void unpublish(StoryService stories, String key, Lang lang) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> stories.unpublish(TestStories.article(key, lang), "test"));
    }

    static Document xml(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + body, e);
        }
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
                    && java.util.Objects.equals(namespace, element.getNamespaceURI())) {
                result.add(element);
            }
        }
        return result;
    }

    static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertFalse(found.isEmpty(), "no <" + name + "> in <" + parent.getLocalName() + ">");
        return found.get(0);
    }

    static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    static void assertAbsolute(String url) {
        URI uri = URI.create(url);
        assertTrue(uri.isAbsolute() && uri.getScheme().startsWith("http") && uri.getHost() != null, "not an absolute URL: " + url);
    }
}
