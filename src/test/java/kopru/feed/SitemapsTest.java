package kopru.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

@QuarkusTest
class SitemapsTest {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Test
    void shouldIndexOneSitemapPerLanguage() {
        Element index = FeedsTest.xml(Site.get("/sitemap.xml").expect(200).body()).getDocumentElement();
        assertEquals("sitemapindex", index.getLocalName());
        List<String> locations = FeedsTest.children(index, SITEMAP_NS, "sitemap").stream()
                .map(sitemap -> FeedsTest.text(sitemap, SITEMAP_NS, "loc")).toList();
        assertEquals(List.of(Site.absolute("/tr/sitemap.xml"), Site.absolute("/kk/sitemap.xml")), locations);
    }

    @Test
    void shouldGiveEveryArticleItsHreflangAlternatesWithXDefault() {
        // Both languages, written in Kazakh first: x-default is the Kazakh version.
        String key = "kahramanmaras-sahra-hastanesi";
        String tr = Site.absolute(TestStories.path(key, Lang.TR));
        String kk = Site.absolute(TestStories.path(key, Lang.KK));
        Element urlset = FeedsTest.xml(Site.get("/tr/sitemap.xml").expect(200).body()).getDocumentElement();
        Element entry = FeedsTest.children(urlset, SITEMAP_NS, "url").stream()
                .filter(url -> tr.equals(FeedsTest.text(url, SITEMAP_NS, "loc"))).findFirst()
                .orElseThrow(() -> new AssertionError(tr + " is not in the sitemap"));
        Map<String, String> alternates = FeedsTest.children(entry, XHTML_NS, "link").stream()
                .collect(Collectors.toMap(link -> link.getAttribute("hreflang"), link -> link.getAttribute("href")));
        assertEquals(Map.of("tr", tr, "kk", kk, "x-default", kk), alternates);
        assertFalse(FeedsTest.text(entry, SITEMAP_NS, "lastmod").isBlank());
        for (Element url : FeedsTest.children(urlset, SITEMAP_NS, "url")) {
            assertTrue(FeedsTest.text(url, SITEMAP_NS, "loc").startsWith(Site.absolute("/tr/")), "a /tr/ sitemap lists /tr/ URLs only");
        }
    }

    @Test
    void shouldPointRobotsAtTheSitemaps() {
        String robots = Site.get("/robots.txt").expect(200).body();
        assertTrue(robots.contains("Sitemap: " + Site.absolute("/sitemap.xml")), robots);
        assertTrue(robots.contains("Sitemap: " + Site.absolute("/news-sitemap.xml")), robots);
        assertTrue(robots.contains("Disallow: /admin/"), robots);
    }

    @Test
    void shouldKeepTheNewsSitemapValidWhenNothingIsRecent() {
        Element urlset = FeedsTest.xml(Site.get("/news-sitemap.xml").expect(200).body()).getDocumentElement();
        assertEquals("urlset", urlset.getLocalName());
    }
}
