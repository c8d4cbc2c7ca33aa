package kopru.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import kopru.story.Kind;
import kopru.story.StoryDraft;

/** Reads a PUT body by hand, so that every mistake gets a 400 that says which field is wrong. */
@ApplicationScoped
public class StoryJsonReader {
    @Inject
    ObjectMapper json;

    public StoryDraft read(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ApiBadRequest("the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ApiBadRequest("the body must be a JSON object");
        }
        Kind kind = optionalText(root, "kind") == null ? null
                : Kind.of(optionalText(root, "kind")).orElseThrow(() -> new ApiBadRequest("\"kind\" must be news, press-release or statement"));
        Lang original = optionalText(root, "original") == null ? null : lang(optionalText(root, "original"), "original");
        boolean embargoGiven = root.has("embargo");
        OffsetDateTime embargo = time(optionalText(root, "embargo"), "embargo");
        List<String> tags = null;
        if (root.has("tags") && !root.get("tags").isNull()) {
            if (!root.get("tags").isArray()) {
                throw new ApiBadRequest("\"tags\" must be a list of tag keys");
            }
            tags = new ArrayList<>();
            for (JsonNode tag : root.get("tags")) {
                if (!tag.isTextual()) {
                    throw new ApiBadRequest("\"tags\" must be a list of tag keys");
                }
                tags.add(tag.asText());
            }
        }
        Map<Lang, StoryDraft.ArticleDraft> articles = new LinkedHashMap<>();
        JsonNode articleNodes = root.get("articles");
        if (articleNodes != null && !articleNodes.isNull()) {
            if (!articleNodes.isObject()) {
                throw new ApiBadRequest("\"articles\" must be an object keyed by language (tr, kk)");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = articleNodes.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                articles.put(lang(field.getKey(), "articles"), article(field.getValue(), field.getKey()));
            }
        }
        return new StoryDraft(kind, original, embargoGiven, embargo, tags, articles);
    }

    /** A transition body: {"to": "…", "at": "…"}. */
    public kopru.api.StoryJson.TransitionIn transition(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ApiBadRequest("the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ApiBadRequest("the body must be a JSON object like {\"to\": \"published\"}");
        }
        return new kopru.api.StoryJson.TransitionIn(optionalText(root, "to"), optionalText(root, "at"));
    }

    private static StoryDraft.ArticleDraft article(JsonNode node, String lang) {
        if (!node.isObject()) {
            throw new ApiBadRequest("articles." + lang + " must be an object");
        }
        String where = "articles." + lang + ".";
        Long version = null;
        if (node.has("version") && !node.get("version").isNull()) {
            if (!node.get("version").canConvertToLong() || !node.get("version").isIntegralNumber()) {
                throw new ApiBadRequest(where + "version must be a whole number");
            }
            version = node.get("version").asLong();
        }
        String title = text(node, "title", where);
        if (title == null || title.isBlank()) {
            throw new ApiBadRequest(where + "title is required");
        }
        check(title, 300, where + "title");
        String slug = text(node, "slug", where);
        check(slug, 120, where + "slug");
        String dateline = text(node, "dateline", where);
        check(dateline, 120, where + "dateline");
        String author = text(node, "author", where);
        check(author, 200, where + "author");
        return new StoryDraft.ArticleDraft(new ArticleText(title, text(node, "summary", where), slug, dateline, author,
                text(node, "body", where)), version);
    }

    private static void check(String value, int max, String name) {
        if (value != null && value.strip().length() > max) {
            throw new ApiBadRequest(name + " is longer than " + max + " characters");
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new ApiBadRequest(name + " contains a NUL character");
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiBadRequest(where + field + " must be a string");
        }
        String text = value.asText();
        if (text.indexOf('\u0000') >= 0) {
            throw new ApiBadRequest(where + field + " contains a NUL character");
        }
        return text;
    }

    private static String optionalText(JsonNode root, String field) {
        return text(root, field, "");
    }

    static Lang lang(String code, String where) {
        return Lang.of(code).orElseThrow(() -> new ApiBadRequest("unknown language '" + clip(code) + "' in " + where + " (use tr or kk)"));
    }

    static OffsetDateTime time(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiBadRequest("\"" + field + "\" must be an ISO-8601 time with offset, like 2024-03-01T10:00:00+03:00");
        }
    }

    private static String clip(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
