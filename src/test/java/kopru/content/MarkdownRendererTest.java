package kopru.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {
    private static final String FORBIDDEN_ELEMENTS =
            "script, iframe, frame, frameset, object, embed, applet, style, form, input, button, textarea, select, "
                    + "svg, math, link, meta, base";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<String> hostileInputs() {
        return Stream.of(
                "<script>alert(1)</script>",
                "Text <script src=\"https://evil.example/x.js\"></script> more",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "[x](javascript:alert(1))",
                "[x](  javascript:alert(1)  )",
                "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;avascript&#x3A;alert(1))",
                "[x](java\tscript:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "![x](javascript:alert(1))",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;script:alert(1)\">click</a>",
                "<a href=\" javascript:alert(1)\">click</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>",
                "<svg onload=alert(1)><circle r=\"5\"/></svg>",
                "<style>body { display: none }</style>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "<object data=\"x.swf\"></object>",
                "<embed src=\"x.swf\">",
                "<form action=\"https://evil.example/\"><input name=\"p\"><button>Go</button></form>",
                "<div onclick=\"alert(1)\" onmouseover=alert(1)>hover</div>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<scr<script>ipt>alert(1)</script>",
                "<<script>script>alert(1)<</script>/script>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<a href=\"#\" onfocus=alert(1) autofocus>x</a>",
                "<details open ontoggle=alert(1)>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "> quote <script>alert(1)</script>",
                "`code` <img src=\"\" onerror=\"alert(1)\">");
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void shouldNeutraliseHostileMarkup(String markdown) {
        String html = renderer.render(markdown);
        Document doc = Jsoup.parseBodyFragment(html);

        assertTrue(doc.select(FORBIDDEN_ELEMENTS).isEmpty(), () -> "dangerous element survived: " + html);
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                assertFalse(name.startsWith("on"), () -> "event handler survived: " + html);
                assertFalse(name.equals("style"), () -> "style attribute survived: " + html);
                if (name.equals("href") || name.equals("src") || name.equals("action") || name.equals("background")
                        || name.equals("xlink:href") || name.equals("formaction")) {
                    assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                            () -> "dangerous URL survived: " + html);
                }
            }
        }
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> "script tag text survived: " + html);
    }

    @Test
    void shouldKeepTheTextAroundRemovedMarkup() {
        String html = renderer.render("Before <script>alert(1)</script> after");
        String text = Jsoup.parseBodyFragment(html).text();
        assertTrue(text.contains("Before"), html);
        assertTrue(text.contains("after"), html);
        assertFalse(text.contains("alert"), html);
    }

    @Test
    void shouldKeepOrdinaryMarkdown() {
        String markdown = """
                # Başlık

                ## Alt başlık

                Bir **kalın**, bir *eğik* söz ve [bir bağlantı](https://example.org/haber?id=1).

                - birinci
                - ikinci

                1. bir
                2. iki

                > Alıntı: «Қазақстан»

                | Şehir | Nüfus |
                |-------|-------|
                | Almatı | 2 000 000 |

                `kod` ve

                ```
                blok kod
                ```

                ---
                """;
        Document doc = Jsoup.parseBodyFragment(renderer.render(markdown));

        assertEquals("Başlık", doc.selectFirst("h1").text());
        assertEquals("Alt başlık", doc.selectFirst("h2").text());
        assertEquals("kalın", doc.selectFirst("strong").text());
        assertEquals("eğik", doc.selectFirst("em").text());
        Element link = doc.selectFirst("a");
        assertEquals("bir bağlantı", link.text());
        assertEquals("https://example.org/haber?id=1", link.attr("href"));
        assertEquals(2, doc.select("ul > li").size());
        assertEquals(2, doc.select("ol > li").size());
        assertEquals("Alıntı: «Қазақстан»", doc.selectFirst("blockquote").text());
        assertEquals("Şehir", doc.selectFirst("table th").text());
        assertEquals("Almatı", doc.selectFirst("table td").text());
        assertEquals("kod", doc.selectFirst("p > code").text());
        assertEquals("blok kod", doc.selectFirst("pre > code").text().strip());
        assertEquals(1, doc.select("hr").size());
    }

    @Test
    void shouldKeepSafeImagesAndMailtoLinks() {
        Document doc = Jsoup.parseBodyFragment(renderer.render(
                "![Harita](https://example.org/map.png \"Harita\") [yaz](mailto:haber@example.org)"));
        Element img = doc.selectFirst("img");
        if (img == null) {
            fail("image removed: " + doc.body().html());
        }
        assertEquals("https://example.org/map.png", img.attr("src"));
        assertEquals("Harita", img.attr("alt"));
        assertEquals("mailto:haber@example.org", doc.selectFirst("a").attr("href"));
    }

    @Test
    void shouldEscapeTextThatLooksLikeMarkupInCode() {
        String html = renderer.render("`<script>alert(1)</script>`");
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("<script>alert(1)</script>", doc.selectFirst("code").text());
        assertTrue(doc.select("script").isEmpty(), html);
    }
}
