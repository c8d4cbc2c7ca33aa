package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class HomePageTest {
    /** The seed's newest story (2025-01-14), in both languages. */
    private static final Map<String, String> NEWEST_TITLE = Map.of(
            "tr", "Abay’ın Kara Sözler’i ve şiirleri Türkçeye yeniden çevriliyor",
            "kk", "Абайдың «Қара сөздері» мен өлеңдері түрік тіліне жаңаша аударылады");
    /** The seed has 15 published Turkish and 14 published Kazakh articles: more than one page of 10 each. */
    private static final Map<String, Integer> SEED_COUNT = Map.of("tr", 15, "kk", 14);
    private static final String DRAFT_TITLE = "Türk Sineması Günleri";

    private static Document page(String path) {
        Site.Reply response = Site.get(path);
        response.expect(200).expectHtml();
        return Site.html(response);
    }

    /** Follows rel=next from the first page; returns every page, checking that paging ends. */
    private static List<Document> allPages(String lang) {
        List<Document> pages = new ArrayList<>();
        String path = "/" + lang + "/";
        while (path != null) {
            assertTrue(pages.size() < 50, "paging does not end");
            Document page = page(path);
            pages.add(page);
            Element next = page.selectFirst("a[rel=next]");
            path = next == null ? null : next.attr("href");
        }
        return pages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldServeHomeInItsLanguage(String lang) {
        Site.Reply response = Site.get("/" + lang + "/");
        response.expect(200).expectHtml();
        assertEquals(lang, response.header("Content-Language"));
        Document page = Site.html(response);

        assertEquals(lang, Site.htmlLang(page));
        assertEquals(Site.absolute("/" + lang + "/"), Site.canonical(page));
        assertTrue(Site.canonical(page).matches("https?://[^/]+/" + lang + "/"), "canonical must be absolute");
        Map<String, String> alternates = Site.alternates(page);
        assertEquals(Site.absolute("/tr/"), alternates.get("tr"));
        assertEquals(Site.absolute("/kk/"), alternates.get("kk"));
        assertEquals(Site.absolute("/"), alternates.get("x-default"));
        assertEquals(3, alternates.size(), alternates::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldOfferASkipLinkToTheMainLandmark(String lang) {
        Document page = page("/" + lang + "/");
        Element firstLink = page.body().selectFirst("a");
        assertNotNull(firstLink);
        assertEquals("#main", firstLink.attr("href"), "the skip link must come first");
        assertFalse(firstLink.text().isBlank());
        assertEquals(1, page.select("main").size(), "one main landmark");
        assertEquals("main", page.selectFirst("main").id());
        assertEquals(1, page.select("main h1").size());
    }

    @ParameterizedTest
    @CsvSource({"tr, Dil, Kazakça ana sayfa, /kk/", "kk, Тіл, Түрікше басты бет, /tr/"})
    void shouldLinkTheOtherLanguagesHome(String lang, String navLabel, String linkText, String href) {
        Element link = page("/" + lang + "/").selectFirst("nav[aria-label=" + navLabel + "] a[hreflang]");
        assertNotNull(link);
        assertEquals(href, link.attr("href"));
        assertEquals(linkText, link.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldListTheNewestStoryFirst(String lang) {
        Document page = page("/" + lang + "/");
        Element first = page.selectFirst("main ol.cards li.card h2 a");
        assertNotNull(first);
        assertEquals(NEWEST_TITLE.get(lang), first.text());
        assertTrue(first.attr("href").startsWith("/" + lang + "/2025/01/"), first.attr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldListEveryPublishedStoryOnceNewestFirstAcrossPages(String lang) {
        List<Document> pages = allPages(lang);
        List<String> urls = new ArrayList<>();
        List<OffsetDateTime> dates = new ArrayList<>();
        for (Document page : pages) {
            for (Element card : page.select("main li.card")) {
                urls.add(card.selectFirst("h2 a").attr("href"));
                dates.add(OffsetDateTime.parse(card.selectFirst("time").attr("datetime")));
            }
        }
        assertTrue(urls.size() >= SEED_COUNT.get(lang), () -> "only " + urls.size() + " stories listed");
        assertEquals(urls.size(), new HashSet<>(urls).size(), () -> "a story is listed twice: " + urls);
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "not newest first at position " + i + ": " + dates);
        }
        assertTrue(urls.stream().allMatch(url -> url.matches("/" + lang + "/\\d{4}/\\d{2}/[a-z0-9-]+")), urls::toString);
    }

    @Test
    void shouldNeverListTheDraft() {
        for (Document page : allPages("tr")) {
            assertFalse(page.text().contains(DRAFT_TITLE), "the draft is listed");
            assertFalse(page.html().contains("sinemasi-gunleri"), "the draft is linked");
        }
        for (Document page : allPages("kk")) {
            assertFalse(page.text().contains(DRAFT_TITLE), "the draft is listed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "kk"})
    void shouldPageTenStoriesWithNextAndPrevLinks(String lang) {
        Document first = page("/" + lang + "/");
        assertEquals(10, first.select("main li.card").size());
        assertEquals("/" + lang + "/?page=2", first.selectFirst("a[rel=next]").attr("href"));
        assertNull(first.selectFirst("a[rel=prev]"), "the first page has no previous page");

        Document second = page("/" + lang + "/?page=2");
        assertEquals(lang, Site.htmlLang(second));
        assertEquals(Site.absolute("/" + lang + "/?page=2"), Site.canonical(second));
        assertEquals("/" + lang + "/", second.selectFirst("a[rel=prev]").attr("href"));
        int onSecond = second.select("main li.card").size();
        assertTrue(onSecond >= 1 && onSecond <= 10, "cards on page 2: " + onSecond);

        List<String> firstUrls = first.select("main li.card h2 a").eachAttr("href");
        second.select("main li.card h2 a").eachAttr("href")
                .forEach(url -> assertFalse(firstUrls.contains(url), "on both pages: " + url));
    }

    @Test
    void shouldTreatPageOneAsTheHomePage() {
        Document first = page("/tr/?page=1");
        assertEquals(Site.absolute("/tr/"), Site.canonical(first));
        assertEquals(page("/tr/").select("main li.card h2 a").eachAttr("href"), first.select("main li.card h2 a").eachAttr("href"));
    }

    @ParameterizedTest
    @CsvSource({
            "tr, -1, Sayfa numarası geçersiz", "tr, abc, Sayfa numarası geçersiz", "tr, 0, Sayfa numarası geçersiz",
            "tr, 99999999999, Sayfa numarası geçersiz", "tr, 1.5, Sayfa numarası geçersiz", "tr, %20, Sayfa numarası geçersiz",
            "tr, 2%00, Sayfa numarası geçersiz", "tr, ０, Sayfa numarası geçersiz",
            "kk, -1, Бет нөмірі жарамсыз", "kk, abc, Бет нөмірі жарамсыз", "kk, 0, Бет нөмірі жарамсыз",
            "kk, 99999999999, Бет нөмірі жарамсыз"})
    void shouldAnswerABadPageNumberWith400InThePageLanguage(String lang, String pageParam, String text) {
        Site.Reply response = Site.get("/" + lang + "/?page=" + pageParam);
        response.expect(400).expectHtml();
        Document page = Site.html(response);
        assertEquals(lang, Site.htmlLang(page));
        assertTrue(page.selectFirst("main").text().contains(text), page::text);
        Site.assertNoLeak(response.body());
    }

    @ParameterizedTest
    @CsvSource({"tr, Sayfa bulunamadı", "kk, Бет табылмады"})
    void shouldAnswerAPagePastTheEndWith404InThePageLanguage(String lang, String heading) {
        Site.Reply response = Site.get("/" + lang + "/?page=999");
        response.expect(404).expectHtml();
        Document page = Site.html(response);
        assertEquals(lang, Site.htmlLang(page));
        assertEquals(heading, page.selectFirst("main h1").text());
    }
}
