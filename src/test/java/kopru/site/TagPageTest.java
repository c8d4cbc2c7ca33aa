package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kopru.i18n.Lang;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class TagPageTest {
    /** The seed stories tagged "deprem"; all of them are published in both languages. */
    private static final List<String> DEPREM = List.of("ahmet-yesevi-depremzede-ogrenci-burslari",
            "arama-kurtarma-ekibi-yurda-dondu", "deprem-birinci-yil-donumu-aciklamasi", "deprem-taziye-aciklamasi",
            "kahramanmaras-dostluk-okulu", "kahramanmaras-sahra-hastanesi", "kazakistan-arama-kurtarma-ekibi-hatayda",
            "kazakistan-turk-halkina-destek");

    @ParameterizedTest
    @CsvSource({"tr, Etiket: Deprem, Deprem", "kk, Тег: Жер сілкінісі, Жер сілкінісі"})
    void shouldListExactlyTheStoriesWithTheTag(String code, String heading, String label) {
        Lang lang = Lang.of(code).orElseThrow();
        Site.Reply response = Site.get("/" + code + "/tag/deprem");
        response.expect(200).expectHtml();
        Document page = Site.html(response);

        assertEquals(code, Site.htmlLang(page));
        assertEquals(heading, page.selectFirst("main h1").text());
        assertEquals(Site.absolute("/" + code + "/tag/deprem"), Site.canonical(page));
        assertEquals(Site.absolute("/" + lang.other().code() + "/tag/deprem"), Site.alternates(page).get(lang.other().code()));

        Set<String> listed = new TreeSet<>(page.select("main li.card h2 a").eachAttr("href"));
        Set<String> expected = DEPREM.stream().map(key -> TestStories.path(key, lang)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, listed);
        for (Element card : page.select("main li.card")) {
            Element tag = card.selectFirst("a[href=/" + code + "/tag/deprem]");
            assertNotNull(tag, () -> "card without the tag: " + card.text());
            assertEquals(label, tag.text());
        }
    }

    @ParameterizedTest
    @CsvSource({"tr, Sayfa bulunamadı", "kk, Бет табылмады"})
    void shouldAnswerAnUnknownTagWith404InThePageLanguage(String code, String heading) {
        for (String tag : new String[] {"no-such-tag", "Deprem", "deprem-", "%D0%B6%D0%BE%D2%9B", "a".repeat(500)}) {
            Site.Reply response = Site.get("/" + code + "/tag/" + tag);
            response.expect(404).expectHtml();
            Document page = Site.html(response);
            assertEquals(code, Site.htmlLang(page), tag);
            assertEquals(heading, page.selectFirst("main h1").text(), tag);
            Site.assertNoLeak(response.body());
        }
    }

    @ParameterizedTest
    @CsvSource({"tr, Sayfa numarası geçersiz", "kk, Бет нөмірі жарамсыз"})
    void shouldAnswerABadPageNumberOnATagWith400(String code, String text) {
        Site.Reply response = Site.get("/" + code + "/tag/deprem?page=abc");
        response.expect(400);
        assertTrue(Site.html(response).selectFirst("main").text().contains(text));
        Site.get("/" + code + "/tag/deprem?page=2").expect(404);
    }
}
