package kopru.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader's browser would find wrong with the page it shows now: console errors and CSP violations
 * ({@link Chromium#problems}), a wrong {@code <html lang>}, not exactly one {@code <h1>}, images without alt text,
 * form controls without a label, and content wider than the screen (sideways scrolling).
 */
final class PageAudit {
    /** CSS pixels: the narrowest phones in common use. */
    private static final int PHONE_WIDTH = 360;
    /** Controls a person does not fill in, so they need no label (buttons carry their own text). */
    private static final Set<String> UNLABELLED_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

    /** Null when the page fits the screen's width; else how wide it is and the innermost elements sticking out. */
    private static final String SIDEWAYS = """
            var root = document.documentElement, width = root.clientWidth;
            if (root.scrollWidth <= width) { return null; }
            var out = Array.from(document.body.querySelectorAll('*'))
                .filter(function (e) { return e.getBoundingClientRect().right > width + 0.5; });
            var innermost = out.filter(function (e) { return !out.some(function (o) { return o !== e && e.contains(o); }); });
            return root.scrollWidth + ' px wide content on a ' + width + ' px screen, sticking out: '
                + innermost.slice(0, 3).map(function (e) { return e.outerHTML.slice(0, 120); }).join(' | ');
            """;

    private PageAudit() {
    }

    /** Opens each page (path → expected language) on a small phone's screen; what is wrong, page by page. */
    static Map<String, List<String>> onPhone(ChromeDriver driver, String base, Map<String, String> pages) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Chromium.phone(driver, PHONE_WIDTH);
        try {
            pages.forEach((path, lang) -> {
                driver.get(base + path);
                List<String> found = problems(driver, lang);
                if (!found.isEmpty()) {
                    problems.put(path, found);
                }
            });
        } finally {
            Chromium.desktop(driver);
        }
        return problems;
    }

    static List<String> problems(ChromeDriver driver, String expectedLang) {
        List<String> problems = new ArrayList<>(Chromium.problems(driver));
        Document page = Jsoup.parse(driver.getPageSource()); // the live DOM, after the page's own scripts ran
        String lang = page.selectFirst("html").attr("lang");
        if (!lang.equals(expectedLang)) {
            problems.add("<html lang=\"" + lang + "\">, expected " + expectedLang);
        }
        int headings = page.select("h1").size();
        if (headings != 1) {
            problems.add(headings + " <h1> elements, expected one");
        }
        page.select("img:not([alt])").forEach(img -> problems.add("image without alt text: " + img.attr("src")));
        for (Element control : page.select("input, select, textarea")) {
            if (!UNLABELLED_TYPES.contains(control.attr("type")) && !labelled(page, control)) {
                problems.add("form control without a label: " + control.outerHtml());
            }
        }
        Object sideways = driver.executeScript(SIDEWAYS);
        if (sideways != null) {
            problems.add("scrolls sideways: " + sideways);
        }
        return problems;
    }

    private static boolean labelled(Document page, Element control) {
        String id = control.id();
        return control.closest("label") != null
                || !id.isEmpty() && page.select("label[for]").stream().anyMatch(label -> label.attr("for").equals(id))
                || !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank();
    }
}
