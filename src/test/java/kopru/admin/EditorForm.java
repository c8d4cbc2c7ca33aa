package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import kopru.site.Site;
import org.jsoup.nodes.Element;

/** The editor's form as a test fills it in: field names per the form contract, read back from a rendered page. */
final class EditorForm {
    private EditorForm() {
    }

    /** A new news story with a Turkish and a Kazakh article (original Turkish). */
    static Map<String, String> bilingual(String key, String trTitle, String kkTitle) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", key);
        form.put("kind", "news");
        form.put("tags", "");
        form.put("original", "tr");
        form.put("embargo", "");
        article(form, "tr", trTitle, "Türkçe özet", "ANKARA", "Ayşe Yılmaz", "İlk paragraf **kalın**.\n\nİkinci paragraf.");
        article(form, "kk", kkTitle, "Қазақша қысқаша", "АСТАНА", "Әлия Нұрланқызы", "Бірінші абзац **қалың**.\n\nЕкінші абзац.");
        form.put("action", "save");
        return form;
    }

    static void article(Map<String, String> form, String lang, String title, String summary, String dateline, String author, String body) {
        form.put(lang + ".title", title);
        form.put(lang + ".summary", summary);
        form.put(lang + ".slug", "");
        form.put(lang + ".dateline", dateline);
        form.put(lang + ".author", author);
        form.put(lang + ".body", body);
        form.put(lang + ".version", "");
    }

    /** Every field of the story form as the page shows it (what a browser would send back unchanged). */
    static Map<String, String> fromPage(Site.Reply page) {
        Element form = page.html().getElementById("story-form");
        assertNotNull(form, "no story form on " + page.path());
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("csrf-token")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText().startsWith("\n") ? input.wholeText().substring(1) : input.wholeText();
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.attr("value");
            };
            fields.put(name, value);
        }
        fields.put("action", "save");
        return fields;
    }

    /** Saves through the form and expects the contract's redirect. */
    static void save(Browser browser, Map<String, String> form) {
        Site.Reply reply = browser.postForm("/admin/story", form);
        if (reply.statusCode() != 303) {
            throw new AssertionError("save refused with " + reply.statusCode() + ": " + reply.html().select(".notice.error").text());
        }
        String location = Site.locationPath(reply);
        if (!location.equals("/admin/story")) {
            throw new AssertionError("redirected to " + location);
        }
    }
}
