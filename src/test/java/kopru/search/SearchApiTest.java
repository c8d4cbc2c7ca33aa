package kopru.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API of DESIGN.md over the content folder, including the input nobody should send. */
@QuarkusTest
class SearchApiTest {
    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void indexIsCurrent() throws InterruptedException {
        SearchTestStories.awaitIndex(indexer);
    }

    @Test
    void shouldAnswerInTheContractShape() {
        given().queryParam("q", "deprem").when().get("/api/v1/search").then().statusCode(200)
                .body("query", equalTo("deprem"))
                .body("total", greaterThan(5))
                .body("totalExact", is(true))
                .body("page", equalTo(1))
                .body("size", equalTo(10))
                .body("hits[0]", hasKey("story"))
                .body("hits[0].url", startsWith("/"))
                .body("hits[0].snippet", containsString("<mark>"))
                .body("hits[0].published", notNullValue())
                .body("hits[0].kind", notNullValue())
                .body("hits[0].tags", hasItem("deprem"))
                .body("hits[0].translations", notNullValue())
                .body("facets.lang", hasKey("tr"))
                .body("facets.tag.deprem", greaterThan(5))
                .body("facets.kind", hasKey("statement"))
                .body("facets.year", hasKey("2023"))
                .body("suggestion", nullValue());
    }

    @Test
    void shouldCollapseBothLanguagesIntoOneHitWithTranslations() {
        List<String> stories = given().queryParam("q", "Nevruz").when().get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1))
                .body("facets.lang.tr", equalTo(1))
                .body("facets.lang.kk", equalTo(1))
                .body("hits[0].translations.kk", startsWith("/kk/"))
                .extract().path("hits.story");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("ankara-nevruz-festivali"), stories);
    }

    @Test
    void shouldSearchOnlyTheAskedLanguage() {
        given().queryParam("q", "Nevruz").queryParam("lang", "kk").when().get("/api/v1/search").then().statusCode(200)
                .body("hits.lang", everyItem(equalTo("kk")))
                .body("hits[0].translations.tr", startsWith("/tr/"));
        given().queryParam("q", "deprem").queryParam("lang", "tr").when().get("/api/v1/search").then().statusCode(200)
                .body("hits.lang", everyItem(equalTo("tr")));
    }

    @Test
    void shouldFilterByFacetsAndPage() {
        int total = given().queryParam("q", "Kazakistan").queryParam("lang", "tr").when().get("/api/v1/search").then()
                .statusCode(200).extract().path("total");
        given().queryParam("q", "Kazakistan").queryParam("lang", "tr").queryParam("size", "2").queryParam("page", "2")
                .when().get("/api/v1/search").then().statusCode(200)
                .body("hits.size()", equalTo(2)).body("page", equalTo(2)).body("size", equalTo(2)).body("total", equalTo(total));
        given().queryParam("q", "Kazakistan").queryParam("tag", "egitim").when().get("/api/v1/search").then().statusCode(200)
                .body("hits.tags", everyItem(hasItem("egitim"))).body("facets.tag.egitim", greaterThan(0));
        given().queryParam("q", "Kazakistan").queryParam("kind", "statement").when().get("/api/v1/search").then().statusCode(200)
                .body("hits.kind", everyItem(equalTo("statement")));
        given().queryParam("q", "Kazakistan").queryParam("year", "2024").when().get("/api/v1/search").then().statusCode(200)
                .body("hits.published", everyItem(startsWith("2024"))).body("facets.year.keySet()", equalTo(java.util.Set.of("2024")));
        given().queryParam("q", "Kazakistan").queryParam("page", "99").when().get("/api/v1/search").then().statusCode(200)
                .body("hits", empty()).body("total", greaterThan(0));
    }

    @Test
    void shouldFallBackToAnyWordAndSaySo() {
        given().queryParam("q", "Nevruz zürafa").when().get("/api/v1/search").then().statusCode(200)
                .body("fallback", is(true)).body("hits[0].story", equalTo("ankara-nevruz-festivali"));
        given().queryParam("q", "Nevruz festivali").when().get("/api/v1/search").then().statusCode(200).body("fallback", is(false));
    }

    @Test
    void shouldSuggestTheProperSpelling() {
        given().queryParam("q", "yardimlr").when().get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(0)).body("suggestion", anyOf(equalTo("yardımlar"), equalTo("yardımla")));
        given().queryParam("q", "кмек").queryParam("lang", "kk").when().get("/api/v1/search").then().statusCode(200)
                .body("suggestion", equalTo("көмек"));
    }

    @Test
    void shouldAutocompleteTitles() {
        given().queryParam("q", "turk dev").when().get("/api/v1/suggest").then().statusCode(200)
                .body("size()", lessThanOrEqualTo(10)).body("[0]", containsString("Türk Devletleri"));
        given().queryParam("q", "qaz").queryParam("lang", "kk").when().get("/api/v1/suggest").then().statusCode(200)
                .body("size()", greaterThan(0)).body("$", hasItem(containsString("Қазақстан")));
        given().queryParam("q", "").when().get("/api/v1/suggest").then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("q", "t").when().get("/api/v1/suggest").then().statusCode(200).body("size()", equalTo(0));
    }

    private RawHttp.Answer search(String query) {
        return RawHttp.get(base, "/api/v1/search?" + query);
    }

    @Test
    void shouldRefuseMalformedParametersWith400InTheAskedLanguage() {
        assertEquals(400, search("").status());
        assertEquals("Arama sözcüğü gerekli (q).", search("").error());
        assertTrue(search("q=%22arama+kurtarma").error().contains("Tırnak"));
        assertTrue(search("q=%22arama+kurtarma&lang=kk").error().contains("Тырнақшалар"));
        assertEquals("Dil tr, kk ya da all olmalı.", search("q=deprem&lang=xx").error());
        for (String page : List.of("0", "-1", "abc", "1.5", "99999999999", "%20")) {
            assertEquals(page.equals("%20") ? 200 : 400, search("q=deprem&page=" + page).status(), page);
        }
        assertTrue(search("q=deprem&page=x&lang=kk").error().startsWith("Бет нөмірі"));
        for (String size : List.of("0", "101", "many")) {
            assertEquals(400, search("q=deprem&size=" + size).status(), size);
        }
        assertEquals(200, search("q=deprem&size=100").status());
        assertEquals(400, search("q=deprem&kind=blog").status());
        assertEquals(400, search("q=deprem&year=23").status());
        assertEquals(400, RawHttp.get(base, "/api/v1/suggest?q=Nevruz&lang=xx").status());
    }

    @Test
    void shouldRefuseDeepPagingQuicklyInsteadOfRankingMillionsOfHits() {
        // once an OutOfMemoryError: Lucene was asked for the best 2 × 10,000,000 × 100 articles
        long start = System.nanoTime();
        RawHttp.Answer deep = search("q=deprem&page=10000000&size=100");
        assertEquals(400, deep.status());
        assertTrue(deep.error().contains("1000") && deep.error().contains("daraltın"), deep.error());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "a refused page must cost nothing");
        assertTrue(search("q=deprem&page=100000&lang=kk").error().contains("нақтылаңыз"));
        assertEquals(400, search("q=deprem&page=11&size=100").status());
        assertEquals(400, search("q=deprem&page=101").status());
        // the deepest allowed pages still answer (empty when there are fewer hits)
        assertEquals(200, search("q=deprem&page=10&size=100").status());
        assertEquals(200, search("q=deprem&page=100").status());
        assertEquals(200, search("q=deprem&page=1000&size=1").status());
    }

    @Test
    void shouldSurviveHostileQueries() {
        List<String> hostile = List.of("a".repeat(1000), "deprem ".repeat(142) + "x", "OR", "-", "*", "**", "OR OR -", "-deprem",
                "\"\"", "deprem\u0000yardım", "\u0007\u001b[31m", "'\"; DROP TABLE story; --\"", "<script>alert(1)</script>",
                "*:*", "title:deprem", "deprem~2^5", "(deprem", "deprem)", "\\", "🙂 deprem", "\uD800", "ﷺ", "a*b?c");
        for (String q : hostile) {
            int status = search("q=" + RawHttp.encode(q)).status();
            assertTrue(status == 200 || status == 400, () -> "status " + status + " for " + q);
            assertEquals(200, RawHttp.get(base, "/api/v1/suggest?q=" + RawHttp.encode(q)).status(), () -> "suggest status for " + q);
        }
        RawHttp.Answer manyNames = search("q=" + RawHttp.encode("Türkiye Kazakistan Azerbaycan Özbekistan Kırgızistan Türkmenistan "
                + "Rusya Çin Gürcistan İstanbul Ankara Almatı Astana Şımkent Türkistan Aktau Hatay Antakya Kahramanmaraş Gaziantep "
                + "Adana Bakü Tiflis Kars"));
        assertEquals(400, manyNames.status());
        assertTrue(manyNames.error().contains("kısaltın"), manyNames.error());
        RawHttp.Answer tooLong = search("q=" + "a".repeat(1001));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.error().contains("1000"));
        given().queryParam("q", "<script>alert(1)</script> Nevruz").when().get("/api/v1/search").then().statusCode(200)
                .body("query", equalTo("<script>alert(1)</script> Nevruz"))
                .body("hits.snippet", everyItem(not(containsString("<script>"))));
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldAnswerInvalidPercentEncodingWithoutAServerError() throws Exception {
        for (String encoded : List.of("%FF", "%C3%28", "%E2%82", "%", "%zz", "deprem%00", "%ED%A0%80", "%C0%AF", "%%%")) {
            for (String path : List.of("api/v1/search?q=", "api/v1/suggest?q=", "tr/search?q=", "api/v1/search?q=deprem&lang=")) {
                // sent byte for byte: HTTP clients refuse to build such URLs themselves
                int status = RawHttp.get(base, path + encoded).status();
                org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 400, () -> "status " + status + " for " + path + encoded);
            }
        }
    }

    @Test
    void shouldKeepTheRebuildActionForAdmins() {
        given().when().post("/api/v1/admin/search/rebuild").then().statusCode(401);
    }
}
