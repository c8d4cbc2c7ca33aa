package kopru.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kopru.content.Slugs;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.ArticleText;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.StoryDraft;
import kopru.story.StoryKeys;
import kopru.story.TextLimits;

/**
 * The editor's form as typed (field names are the form contract in the brief), kept verbatim so that a refused
 * save shows the user's own text again; {@link #problems} checks it and {@link #draft} hands it to StoryEditing.
 */
public record StoryForm(String key, String kind, String tags, String original, String embargo, Map<Lang, Fields> articles) {
    /** One language column. {@code version} is the article version the editor started from ("" for a new one). */
    public record Fields(String title, String summary, String slug, String dateline, String author, String body, String version) {
        boolean blank() {
            return isBlank(title) && isBlank(summary) && isBlank(slug) && isBlank(dateline) && isBlank(author) && isBlank(body)
                    && isBlank(version);
        }
    }

    /** Times in forms are Istanbul wall-clock time (datetime-local). */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static StoryForm read(MultivaluedMap<String, String> form) {
        Map<Lang, Fields> articles = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String p = lang.code() + ".";
            articles.put(lang, new Fields(first(form, p + "title"), first(form, p + "summary"), first(form, p + "slug"),
                    first(form, p + "dateline"), first(form, p + "author"), first(form, p + "body"), first(form, p + "version")));
        }
        return new StoryForm(first(form, "key").strip(), first(form, "kind"), first(form, "tags"), first(form, "original"),
                first(form, "embargo").strip(), articles);
    }

    /** The form filled from the stored story with each article's {@code text} (the pending change, if any), or empty for a new one. */
    public static StoryForm of(Story story, Function<Article, ArticleText> text) {
        Map<Lang, Fields> articles = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Article a = story == null ? null : story.article(lang).orElse(null);
            ArticleText t = a == null ? null : text.apply(a);
            articles.put(lang, a == null ? new Fields("", "", "", "", "", "", "")
                    : new Fields(t.title(), orEmpty(t.summary()), t.slug(), orEmpty(t.dateline()), orEmpty(t.author()), t.body(),
                            Long.toString(a.version)));
        }
        if (story == null) {
            return new StoryForm("", Kind.NEWS.code(), "", Lang.TR.code(), "", articles);
        }
        return new StoryForm(story.key, story.kind.code(), String.join(" ", story.tags.stream().map(t -> t.key).toList()),
                story.original.code(), story.embargo == null ? "" : LOCAL.format(story.embargo.atZoneSameInstant(Lang.TR.zone())), articles);
    }

    /** This form with one column's version replaced (after a stale save: the user now starts from the stored one). */
    public StoryForm withVersion(Lang lang, long version) {
        Map<Lang, Fields> copy = new EnumMap<>(articles);
        Fields f = copy.get(lang);
        copy.put(lang, new Fields(f.title, f.summary, f.slug, f.dateline, f.author, f.body, Long.toString(version)));
        return new StoryForm(key, kind, tags, original, embargo, copy);
    }

    /** What is wrong with the input, in the user's language; empty when it may go to the service. */
    public List<String> problems(AdminMessages msg) {
        List<String> problems = new ArrayList<>();
        if (!StoryKeys.isValid(key)) {
            problems.add(msg.problemBadKey());
        }
        if (Kind.of(kind).isEmpty()) {
            problems.add(msg.problemBadKind());
        }
        if (Lang.of(original).isEmpty()) {
            problems.add(msg.problemBadLang());
        }
        if (!embargo.isEmpty() && time(embargo) == null) {
            problems.add(msg.problemBadTime());
        }
        checkLine(problems, msg, msg.tags(), tags, TextLimits.TAGS);
        for (Map.Entry<Lang, Fields> entry : articles.entrySet()) {
            Fields f = entry.getValue();
            if (f.blank()) {
                continue;
            }
            String in = " (" + entry.getKey().code() + ")";
            if (isBlank(f.title)) {
                problems.add(msg.problemTitleRequired() + in);
            }
            checkLine(problems, msg, msg.titleField() + in, f.title, TextLimits.TITLE);
            checkText(problems, msg, msg.summary() + in, f.summary, TextLimits.SUMMARY);
            checkLine(problems, msg, msg.dateline() + in, f.dateline, TextLimits.DATELINE);
            checkLine(problems, msg, msg.authorField() + in, f.author, TextLimits.AUTHOR);
            checkText(problems, msg, msg.body() + in, f.body, TextLimits.BODY);
            if (!isBlank(f.slug) && !Slugs.isValid(f.slug.strip())) {
                problems.add(msg.problemBadSlug() + in);
            }
            if (!isBlank(f.version) && !f.version.strip().matches("[0-9]{1,18}")) {
                problems.add(msg.problemBadVersion() + in);
            }
        }
        if (articles.values().stream().allMatch(Fields::blank)) {
            problems.add(msg.problemNeedLanguage());
        }
        return problems;
    }

    /** Whether a body is over {@link TextLimits#BODY}: the form is then answered 413 rather than 400. */
    public boolean bodyTooLong() {
        return articles.values().stream().anyMatch(f -> f.body.strip().length() > TextLimits.BODY);
    }

    /** The draft for StoryEditing; only call when {@link #problems} is empty. Blank columns are left out. */
    public StoryDraft draft() {
        Map<Lang, StoryDraft.ArticleDraft> drafts = new LinkedHashMap<>();
        articles.forEach((lang, f) -> {
            if (!f.blank()) {
                drafts.put(lang, new StoryDraft.ArticleDraft(new ArticleText(f.title, f.summary, f.slug, f.dateline, f.author, f.body),
                        isBlank(f.version) ? null : Long.parseLong(f.version.strip())));
            }
        });
        List<String> tagKeys = Arrays.stream(tags.split("[,\\s]+")).filter(t -> !t.isEmpty()).distinct().toList();
        return new StoryDraft(Kind.of(kind).orElseThrow(), Lang.of(original).orElseThrow(), true,
                embargo.isEmpty() ? null : time(embargo), tagKeys, drafts);
    }

    /** A datetime-local value read as Istanbul time; null when it is not one. */
    static OffsetDateTime time(String value) {
        if (value == null || value.length() > 30) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Lang.TR.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkLine(List<String> problems, AdminMessages msg, String name, String value, int max) {
        check(problems, msg, name, value, max, false);
    }

    private static void checkText(List<String> problems, AdminMessages msg, String name, String value, int max) {
        check(problems, msg, name, value, max, true);
    }

    private static void check(List<String> problems, AdminMessages msg, String name, String value, int max, boolean multiline) {
        if (value.strip().length() > max) {
            problems.add(msg.problemTooLong(name, max));
        }
        boolean control = value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')) && !(!multiline && c == '\t'));
        if (control) {
            problems.add(msg.problemControlChars(name));
        }
    }

    /** Browsers send line breaks as CRLF; stored text uses LF. */
    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
