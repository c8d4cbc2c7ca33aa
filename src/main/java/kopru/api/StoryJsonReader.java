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
import kopru.admin.AdminMessages;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import kopru.story.Kind;
import kopru.story.StoryDraft;
import kopru.story.TextLimits;

/** Reads a PUT body by hand, so that every mistake gets a 400 that says which field is wrong. */
@ApplicationScoped
public class StoryJsonReader {
    @Inject
    ObjectMapper json;

    /** A request body that must be one JSON object; anything else is a 400 in the caller's language. */
    public JsonNode object(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ApiBadRequest(AdminMessages::apiNotJson);
        }
        if (root == null || !root.isObject()) {
            throw new ApiBadRequest(AdminMessages::apiNotObject);
        }
        return root;
    }

    public StoryDraft read(String body) {
        JsonNode root = object(body);
        Kind kind = optionalText(root, "kind") == null ? null
                : Kind.of(optionalText(root, "kind")).orElseThrow(() -> new ApiBadRequest(msg -> msg.apiKind("kind")));
        Lang original = optionalText(root, "original") == null ? null : lang(optionalText(root, "original"), "original");
        boolean embargoGiven = root.has("embargo");
        OffsetDateTime embargo = time(optionalText(root, "embargo"), "embargo");
        List<String> tags = null;
        if (root.has("tags") && !root.get("tags").isNull()) {
            if (!root.get("tags").isArray()) {
                throw new ApiBadRequest(AdminMessages::apiTags);
            }
            tags = new ArrayList<>();
            for (JsonNode tag : root.get("tags")) {
                if (!tag.isTextual()) {
                    throw new ApiBadRequest(AdminMessages::apiTags);
                }
                tags.add(tag.asText());
            }
        }
        Map<Lang, StoryDraft.ArticleDraft> articles = new LinkedHashMap<>();
        JsonNode articleNodes = root.get("articles");
        if (articleNodes != null && !articleNodes.isNull()) {
            if (!articleNodes.isObject()) {
                throw new ApiBadRequest(AdminMessages::apiArticles);
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
            throw new ApiBadRequest(AdminMessages::apiNotJson);
        }
        if (root == null || !root.isObject()) {
            throw new ApiBadRequest(AdminMessages::apiMoveNotObject);
        }
        return new kopru.api.StoryJson.TransitionIn(optionalText(root, "to"), optionalText(root, "at"));
    }

    /** A pending-change body: {"action": "publish" | "discard", "revision": N}. */
    public StoryJson.PendingIn pending(String body) {
        JsonNode root = object(body);
        String action = optionalText(root, "action");
        if (!"publish".equals(action) && !"discard".equals(action)) {
            throw new ApiBadRequest(AdminMessages::apiPendingAction);
        }
        JsonNode revision = root.get("revision");
        if (revision == null || revision.isNull()) {
            throw new ApiBadRequest(msg -> msg.apiRequired("revision"));
        }
        if (!revision.isIntegralNumber() || !revision.canConvertToInt()) {
            throw new ApiBadRequest(msg -> msg.apiWholeNumber("revision"));
        }
        return new StoryJson.PendingIn(action, revision.asInt());
    }

    private static StoryDraft.ArticleDraft article(JsonNode node, String lang) {
        if (!node.isObject()) {
            throw new ApiBadRequest(msg -> msg.apiArticleNotObject("articles." + lang));
        }
        String where = "articles." + lang + ".";
        Long version = null;
        if (node.has("version") && !node.get("version").isNull()) {
            if (!node.get("version").canConvertToLong() || !node.get("version").isIntegralNumber()) {
                throw new ApiBadRequest(msg -> msg.apiWholeNumber(where + "version"));
            }
            version = node.get("version").asLong();
        }
        String title = text(node, "title", where);
        if (title == null || title.isBlank()) {
            throw new ApiBadRequest(msg -> msg.apiRequired(where + "title"));
        }
        check(title, TextLimits.TITLE, where + "title");
        String summary = text(node, "summary", where);
        check(summary, TextLimits.SUMMARY, where + "summary");
        String slug = text(node, "slug", where);
        check(slug, TextLimits.SLUG, where + "slug");
        String dateline = text(node, "dateline", where);
        check(dateline, TextLimits.DATELINE, where + "dateline");
        String author = text(node, "author", where);
        check(author, TextLimits.AUTHOR, where + "author");
        String body = text(node, "body", where);
        if (body != null && body.strip().length() > TextLimits.BODY) {
            throw new ApiRefusal(413, msg -> msg.apiTooLong(where + "body", TextLimits.BODY));
        }
        return new StoryDraft.ArticleDraft(new ArticleText(title, summary, slug, dateline, author, body), version);
    }

    private static void check(String value, int max, String name) {
        if (value != null && value.strip().length() > max) {
            throw new ApiBadRequest(msg -> msg.apiTooLong(name, max));
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new ApiBadRequest(msg -> msg.apiNul(name));
        }
    }

    /** A text field of an object, or null when absent or null; {@code where} prefixes the field's name in an error. */
    public static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiBadRequest(msg -> msg.apiNotString(where + field));
        }
        String text = value.asText();
        if (text.indexOf('\u0000') >= 0) {
            throw new ApiBadRequest(msg -> msg.apiNul(where + field));
        }
        return text;
    }

    private static String optionalText(JsonNode root, String field) {
        return text(root, field, "");
    }

    static Lang lang(String code, String where) {
        return Lang.of(code).orElseThrow(() -> new ApiBadRequest(msg -> msg.apiUnknownLang(clip(code), where)));
    }

    static OffsetDateTime time(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiBadRequest(msg -> msg.apiTime(field));
        }
    }

    /** A caller's text short enough to repeat in an error. */
    public static String clip(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
