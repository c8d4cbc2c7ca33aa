package kopru.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search page: plain HTML forms and links, the query kept in the box, never cached. */
@QuarkusTest
class SearchPageTest {
    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void indexIsCurrent() throws InterruptedException {
        SearchTestStories.awaitIndex(indexer);
    }

    @TestHTTPResource("/")
    URL base;

    private Document page(String url, int status) {
        RawHttp.Answer answer = RawHttp.get(base, url);
        assertEquals(status, answer.status(), url);
        assertEquals("no-store", answer.cacheControl(), url);
        return Jsoup.parse(answer.body());
    }

    @Test
    void shouldOfferASearchFormOnEveryPageThatWorksWithoutJavaScript() {
        Document home = Jsoup.parse(given().when().get("/kk/").then().statusCode(200).extract().asString());
        Element form = home.selectFirst("form[role=search]");
        assertEquals("/kk/search", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertEquals("q", form.selectFirst("input").attr("name"));
        assertEquals("Жаңалықтардан іздеу", form.selectFirst("label").text());
        assertTrue(home.select("script[src=/static/search.js]").size() == 1);
        assertTrue(home.select("script:not([src])").stream().allMatch(s -> s.attr("type").equals("application/ld+json")));
    }

    @Test
    void shouldShowHighlightedHitsAndKeepTheQueryInTheBox() {
        Document doc = page("/tr/search?q=yardimlar", 200);
        assertEquals("yardimlar", doc.selectFirst("input[name=q]").val());
        assertEquals("tr", doc.selectFirst("html").attr("lang"));
        assertFalse(doc.select("ol.hits > li").isEmpty());
        assertTrue(doc.select(".snippet mark").stream().anyMatch(m -> m.text().startsWith("yardım")));
        assertTrue(doc.selectFirst(".search-count").text().contains("yardimlar"));
        assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void shouldOfferFacetsAndPagesAsLinks() {
        Document doc = page("/tr/search?q=Kazakistan", 200);
        Element tagLink = doc.select(".facets a[href*=tag=deprem]").first();
        assertTrue(tagLink != null, "a tag facet link");
        Document filtered = page(tagLink.attr("href"), 200);
        assertEquals("Kazakistan", filtered.selectFirst("input[name=q]").val());
        assertTrue(filtered.select(".facets strong[aria-current]").text().contains("Deprem"));
        assertTrue(filtered.select(".facets a[href]").stream().anyMatch(a -> !a.attr("href").contains("tag=")), "a link removing the filter");
        Element next = doc.selectFirst(".pager a[rel=next]");
        assertTrue(next != null && next.attr("href").contains("page=2"));
        assertFalse(page(next.attr("href"), 200).select("ol.hits > li").isEmpty());
    }

    @Test
    void shouldLinkOtherLanguageVersionsAndShowDidYouMean() {
        Document doc = page("/kk/search?q=Nevruz", 200);
        assertEquals(1, doc.select("ol.hits > li").size());
        assertTrue(doc.select(".translations a[hreflang=tr]").size() == 1 || doc.select("ol.hits h2 a[hreflang=tr]").size() == 1);
        Document misspelt = page("/tr/search?q=cumhurbakani", 200);
        assertEquals("cumhurbaşkanı", misspelt.selectFirst(".did-you-mean a").text());
        assertEquals("/tr/search?q=cumhurba%C5%9Fkan%C4%B1", misspelt.selectFirst(".did-you-mean a").attr("href"));
    }

    @Test
    void shouldEscapeTheQueryAndExplainBadInputInTheReadersLanguage() {
        Document doc = page("/tr/search?q=%3Cscript%3Ealert(1)%3C/script%3E", 200);
        assertTrue(doc.select("script:not([src])").stream().noneMatch(s -> s.data().contains("alert")));
        assertEquals("<script>alert(1)</script>", doc.selectFirst("input[name=q]").val());
        Document bad = page("/kk/search?q=%22arama", 400);
        assertTrue(bad.selectFirst(".search-error").text().startsWith("Тырнақшалар"));
        Document help = page("/kk/search", 200);
        assertTrue(help.selectFirst(".search-help") != null);
        assertEquals(404, RawHttp.get(base, "/xx/search?q=deprem").status());
        assertTrue(page("/tr/search?q=deprem&page=0", 400).text().contains("Sayfa numarası"));
    }

    @Test
    void shouldAskToRefineTheSearchRatherThanPageBeyondTheDepthLimit() {
        Document deep = page("/tr/search?q=deprem&page=101", 400);
        assertTrue(deep.selectFirst(".search-error").text().contains("daraltın"), deep.text());
        assertEquals("deprem", deep.selectFirst("input[name=q]").val(), "the query stays in the box to refine");
        Document kk = page("/kk/search?q=deprem&page=100000", 400);
        assertTrue(kk.selectFirst(".search-error").text().contains("нақтылаңыз"));
        page("/tr/search?q=deprem&page=100", 200);
    }

    @Test
    void shouldNeverServeASearchPageFromThePageCache() {
        String first = given().when().get("/tr/search?q=Nevruz").then().statusCode(200).extract().asString();
        given().when().get("/tr/search?q=Abay").then().statusCode(200).body(not(equalTo(first)))
                .body(containsString("Abay"));
    }
}
