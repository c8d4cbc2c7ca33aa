package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ArticlePageTest {
    /** A press release in both languages, written in Kazakh first; published 2023-02-14 11:00 Astana time. */
    private static final String BOTH = "kahramanmaras-sahra-hastanesi";
    private static final Instant BOTH_PUBLISHED = OffsetDateTime.parse("2023-02-14T11:00:00+05:00").toInstant();
    private static final String TR_ONLY = "almati-istanbul-direkt-ucuslar";
    private static final String KK_ONLY = "simkent-enerji-forumu";
    private static final String NEWS_STORY = "kazakistan-arama-kurtarma-ekibi-hatayda";
    private static final String DRAFT = "almati-turk-sinemasi-gunleri";

    private record Expected(String title, String dateline, String author, String releaseLine, String month,
            String switchText, String ogLocale, String siteName) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "tr", new Expected("Kazakistan, deprem bölgesindeki Kahramanmaraş’a sahra hastanesi gönderdi", "ASTANA",
                    "Aygerim Seyitkali", "Hemen yayımlanmak üzere", "Şubat", "Bu haberin Kazakça sürümü", "tr_TR", "Köprü"),
            "kk", new Expected("Қазақстан жер сілкінісі аймағына, Қахраманмараш өңіріне далалық госпиталь жіберді", "АСТАНА",
                    "Айгерім Сейітқали", "Дереу жариялауға", "ақпан", "Бұл мақаланың түрікше нұсқасы", "kk_KZ", "Көпір"));

    private final ObjectMapper json = new ObjectMapper();

    private static Document article(String path) {
        Site.Reply response = Site.get(path);
        response.expect(200).expectHtml();
        return Site.html(response);
    }

    private static Lang lang(String code) {
        return Lang.of(code).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldServeAnArticleWithLanguageCanonicalAndAlternates(String code) {
        Lang lang = lang(code);
        String path = TestStories.path(BOTH, lang);
        String translation = TestStories.path(BOTH, lang.other());
        assertTrue(path.startsWith("/" + code + "/2023/02/"), path);
        Document page = article(path);

        assertEquals(code, Site.htmlLang(page));
        assertEquals(Site.absolute(path), Site.canonical(page));
        Map<String, String> alternates = Site.alternates(page);
        assertEquals(Site.absolute(path), alternates.get(code));
        assertEquals(Site.absolute(translation), alternates.get(lang.other().code()));
        // x-default is the version in the story's original language (Kazakh here).
        assertEquals(Site.absolute(TestStories.path(BOTH, Lang.KK)), alternates.get("x-default"));
        assertEquals(3, alternates.size(), alternates::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldShowAVisibleLinkToTheTranslation(String code) {
        Lang lang = lang(code);
        Document page = article(TestStories.path(BOTH, lang));
        Element link = page.selectFirst("header nav a[hreflang=" + lang.other().code() + "]");
        assertNotNull(link, "no language switch");
        assertEquals(TestStories.path(BOTH, lang.other()), link.attr("href"));
        assertEquals(EXPECTED.get(code).switchText(), link.text());
        assertEquals(lang.other().code(), link.attr("lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldShowTitleDatelineAuthorAndReleaseLine(String code) {
        Expected expected = EXPECTED.get(code);
        Document page = article(TestStories.path(BOTH, lang(code)));
        Element story = page.selectFirst("main article");
        assertNotNull(story);
        assertEquals(expected.title(), story.selectFirst("h1").text());
        assertEquals(expected.dateline(), story.selectFirst(".dateline").text());
        assertEquals(expected.releaseLine(), story.selectFirst(".release-line").text());
        assertTrue(story.text().contains(expected.author()), story::text);
        assertTrue(page.title().startsWith(expected.title()), page::title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldWriteDatesWithMonthNamesOfTheLanguage(String code) {
        Document page = article(TestStories.path(BOTH, lang(code)));
        Element published = page.selectFirst("main article header time");
        assertNotNull(published);
        assertTrue(published.text().contains(EXPECTED.get(code).month()), published.text());
        assertTrue(published.text().contains("2023"), published.text());
        assertEquals(BOTH_PUBLISHED, OffsetDateTime.parse(published.attr("datetime")).toInstant());
        // The other language's month name must not leak in.
        String other = EXPECTED.get(lang(code).other().code()).month();
        assertFalse(page.selectFirst("main").text().contains(other), page::text);
    }

    @Test
    void shouldNotShowAReleaseLineOnNews() {
        Document page = article(TestStories.path(NEWS_STORY, Lang.TR));
        assertNull(page.selectFirst(".release-line"));
        assertEquals("HATAY", page.selectFirst(".dateline").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldDescribeTheArticleForSocialSites(String code) {
        Expected expected = EXPECTED.get(code);
        String path = TestStories.path(BOTH, lang(code));
        Document page = article(path);
        assertTrue(Site.metaProperty(page, "og:title").startsWith(expected.title()));
        assertEquals("article", Site.metaProperty(page, "og:type"));
        assertEquals(expected.ogLocale(), Site.metaProperty(page, "og:locale"));
        assertEquals(Site.absolute(path), Site.metaProperty(page, "og:url"));
        assertEquals(BOTH_PUBLISHED, OffsetDateTime.parse(Site.metaProperty(page, "article:published_time")).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldEmbedNewsArticleJsonLd(String code) throws Exception {
        Expected expected = EXPECTED.get(code);
        String path = TestStories.path(BOTH, lang(code));
        Document page = article(path);
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, "no JSON-LD");
        JsonNode data = json.readTree(script.data());

        assertEquals("https://schema.org", data.path("@context").asText());
        assertEquals("NewsArticle", data.path("@type").asText());
        assertEquals(expected.title(), data.path("headline").asText());
        assertEquals(code, data.path("inLanguage").asText());
        assertEquals(expected.dateline(), data.path("dateline").asText());
        OffsetDateTime published = OffsetDateTime.parse(data.path("datePublished").asText());
        OffsetDateTime modified = OffsetDateTime.parse(data.path("dateModified").asText());
        assertEquals(BOTH_PUBLISHED, published.toInstant());
        assertFalse(modified.isBefore(published), "modified before published");
        assertEquals(expected.author(), data.path("author").path("name").asText());
        assertEquals("Person", data.path("author").path("@type").asText());
        assertEquals("Organization", data.path("publisher").path("@type").asText());
        assertEquals(expected.siteName(), data.path("publisher").path("name").asText());
        assertEquals(Site.absolute(path), data.path("mainEntityOfPage").asText());
    }

    @Test
    void shouldSendATurkishOnlyArticleSwitchToTheKazakhHome() {
        String path = TestStories.path(TR_ONLY, Lang.TR);
        assertEquals("/tr/2024/05/almati-istanbul-ucuslari-artiyor", path, "the slug from the front matter");
        Document page = article(path);
        Element link = page.selectFirst("header nav a[hreflang=kk]");
        assertNotNull(link);
        assertEquals("/kk/", link.attr("href"));
        assertEquals("Kazakça ana sayfa", link.text());
        Map<String, String> alternates = Site.alternates(page);
        assertFalse(alternates.containsKey("kk"), () -> "hreflang kk for a missing translation: " + alternates);
        assertEquals(Site.absolute(path), alternates.get("tr"));
        assertEquals(Site.absolute(path), alternates.get("x-default"));
    }

    @Test
    void shouldSendAKazakhOnlyArticleSwitchToTheTurkishHome() {
        Document page = article(TestStories.path(KK_ONLY, Lang.KK));
        assertEquals("kk", Site.htmlLang(page));
        assertEquals("/tr/", page.selectFirst("header nav a[hreflang=tr]").attr("href"));
        assertFalse(Site.alternates(page).containsKey("tr"));
    }

    @Test
    void shouldNotServeTheKazakhUrlOfATurkishOnlyStory() {
        String path = TestStories.path(TR_ONLY, Lang.TR).replace("/tr/", "/kk/");
        Site.Reply response = Site.get(path);
        response.expect(404);
        assertEquals("kk", Site.htmlLang(Site.html(response)));
    }

    @Test
    void shouldRedirectAWrongYearOrMonthToTheCanonicalUrl() {
        String path = TestStories.path(TR_ONLY, Lang.TR);
        String slug = path.substring(path.lastIndexOf('/') + 1);
        for (String wrong : new String[] {"/tr/2020/01/", "/tr/2024/06/", "/tr/2023/05/"}) {
            Site.Reply response = Site.get(wrong + slug);
            response.expect(301);
            assertEquals(path, Site.locationPath(response), wrong);
        }
        String kk = TestStories.path(BOTH, Lang.KK);
        Site.Reply response = Site.get(kk.replace("/2023/02/", "/2022/12/"));
        response.expect(301);
        assertEquals(kk, Site.locationPath(response));
    }

    @Test
    void shouldNotServeADraft() {
        String slug = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> TestStories.article(DRAFT, Lang.TR).slug);
        for (String year : new String[] {"2023/02", "2024/05", "2026/01"}) {
            Site.Reply response = Site.get("/tr/" + year + "/" + slug);
            response.expect(404);
        }
    }

    @Test
    void shouldKeepFormattingOfTheBody() {
        Document page = article(TestStories.path(BOTH, Lang.TR));
        Element body = page.selectFirst("main article .body");
        assertNotNull(body);
        assertFalse(body.select("p").isEmpty());
        assertTrue(body.select("script, iframe").isEmpty());
    }
}
