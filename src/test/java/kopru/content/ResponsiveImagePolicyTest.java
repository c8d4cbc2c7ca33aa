package kopru.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sanitiser lets through srcset and sizes only in the shape the renderer writes for media-library images. */
class ResponsiveImagePolicyTest {
    private static final String HASH = "085e9ba47c13ee303f893b887c4215d29691037eae1cb5bf38035cc703e6be90";
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element img(String attributes) {
        return Jsoup.parse(renderer.render("<img src=\"/media/" + HASH + ".jpg\" " + attributes + ">")).selectFirst("img");
    }

    @Test
    void shouldKeepTheRenderersOwnSrcsetAndSizes() {
        Element img = img("srcset=\"/media/" + HASH + "-480.jpg 480w, /media/" + HASH + ".jpg 1200w\" sizes=\"" + MarkdownRenderer.SIZES
                + "\" loading=\"lazy\"");
        assertEquals("/media/" + HASH + "-480.jpg 480w, /media/" + HASH + ".jpg 1200w", img.attr("srcset").replaceAll("\\s*,\\s*", ", "));
        assertEquals(MarkdownRenderer.SIZES, img.attr("sizes"));
        assertEquals("lazy", img.attr("loading"));
    }

    @Test
    void shouldDropAHostileCandidateBesideAGoodOne() {
        Element img = img("srcset=\"/media/" + HASH + ".jpg 480w, javascript:alert(1) 2w\"");
        assertFalse(img.outerHtml().contains("javascript"), img.outerHtml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1) 1w", "https://evil.example/x.jpg 480w", "/media/../../etc/passwd 1w",
"/media/" + HASH + ".svg 480w", "\" onerror=\"alert(1)"})
    void shouldDropAnyOtherSrcset(String hostile) {
        Element img = img("srcset=\"" + hostile.replace("\"", "&quot;") + "\" sizes=\"100vw\" loading=\"eager\" onerror=\"alert(1)\"");
        assertFalse(img.hasAttr("srcset"), img.outerHtml());
        assertFalse(img.hasAttr("sizes"), img.outerHtml());
        assertFalse(img.hasAttr("loading"), img.outerHtml());
        assertFalse(img.hasAttr("onerror"), img.outerHtml());
    }
}
