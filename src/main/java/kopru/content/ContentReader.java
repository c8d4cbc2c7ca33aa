package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kopru.account.Roles;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import kopru.story.Kind;
import kopru.story.PressFields;
import kopru.story.Status;
import kopru.story.StoryKeys;

/**
 * Reads a content folder (format in DESIGN.md and the README's "Backup and restore"), collecting a problem with
 * file and line for every bad file instead of stopping.
 */
@ApplicationScoped
public class ContentReader {
    static final String TAGS = "tags.yaml";
    static final String STORIES = "stories";
    static final String STORY = "story.yaml";
    static final String MEDIA = "media";
    static final String MEDIA_YAML = "media.yaml";
    static final String ACCOUNTS = "accounts.yaml";
    static final String HISTORY = "history";
    static final Pattern MEDIA_NAME = Pattern.compile("([0-9a-f]{64})\\.(jpg|png|gif|webp|pdf)");
    private static final Pattern REVISION_NAME = Pattern.compile("([0-9]{1,9})\\.md");
    private static final Set<String> STORY_FIELDS = Set.of("kind", "tags", "published", "embargo", "original", "contacts", "attachments");
    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "summary", "slug", "dateline", "author", "status",
            "published", "updated", "former-slugs", "about", "translation");
    private static final Set<String> REVISION_FIELDS = Set.of("saved-by", "saved-at", "status", "title", "summary", "slug",
            "dateline", "author");
    private static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    @Inject
    Yamls yaml;

    public ContentFolder read(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(root, "no such folder"));
            return new ContentFolder(List.of(), List.of(), List.of(), List.of(), problems);
        }
        List<TagFile> tags = readTags(root.resolve(TAGS), problems);
        List<MediaFile> media = readMedia(root, problems);
        List<AccountFile> accounts = readAccounts(root.resolve(ACCOUNTS), problems);
        List<StoryFile> stories = new ArrayList<>();
        Path storiesDir = root.resolve(STORIES);
        if (Files.isDirectory(storiesDir)) {
            try (Stream<Path> folders = Files.list(storiesDir)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    try {
                        stories.add(readStory(folder));
                    } catch (BadFile e) {
                        problems.add(e.problem());
                    }
                }
            } catch (IOException e) {
                problems.add(new ContentProblem(storiesDir, "cannot list folder: " + e.getMessage()));
            }
        }
        return new ContentFolder(tags, stories, media, accounts, problems);
    }

    private List<TagFile> readTags(Path file, List<ContentProblem> problems) {
        List<TagFile> tags = new ArrayList<>();
        if (!Files.exists(file)) {
            return tags;
        }
        try {
            YamlSource source = YamlSource.of(file, text(file), 0, yaml);
            for (Map.Entry<String, Object> entry : source.values().entrySet()) {
                Map<String, String> labels = StoryKeys.isValid(entry.getKey()) ? byLang(entry.getValue()) : null;
                if (labels == null) {
                    problems.add(source.problem(entry.getKey(), "tag '" + entry.getKey() + "' needs a key of a-z, 0-9, '-' and labels {tr: …, kk: …}"));
                } else if (labels.get("tr") == null || labels.get("kk") == null) {
                    problems.add(source.problem(entry.getKey(), "tag '" + entry.getKey() + "' needs both a tr and a kk label"));
                } else {
                    tags.add(new TagFile(entry.getKey(), labels.get("tr"), labels.get("kk")));
                }
            }
        } catch (BadFile e) {
            problems.add(e.problem());
        }
        return tags;
    }

    private List<MediaFile> readMedia(Path root, List<ContentProblem> problems) {
        Path file = root.resolve(MEDIA_YAML);
        List<MediaFile> media = new ArrayList<>();
        if (!Files.exists(file)) {
            return media;
        }
        try {
            YamlSource source = YamlSource.of(file, text(file), 0, yaml);
            for (Map.Entry<String, Object> entry : source.values().entrySet()) {
                Matcher name = MEDIA_NAME.matcher(entry.getKey());
                if (!name.matches() || !(entry.getValue() instanceof Map<?, ?> fields)) {
                    problems.add(source.problem(entry.getKey(), "'" + entry.getKey() + "' is not <sha256>.<jpg|png|gif|webp|pdf> with {name, alt}"));
                    continue;
                }
                Path bytes = root.resolve(MEDIA).resolve(entry.getKey());
                if (!Files.isRegularFile(bytes)) {
                    problems.add(source.problem(entry.getKey(), "the file media/" + entry.getKey() + " is missing"));
                    continue;
                }
                Map<String, String> alt = fields.get("alt") == null ? Map.of() : byLang(fields.get("alt"));
                if (alt == null) {
                    problems.add(source.problem(entry.getKey(), "alt must be {tr: …, kk: …}"));
                    continue;
                }
                media.add(new MediaFile(bytes, name.group(1), name.group(2), string(fields.get("name")), alt.get("tr"), alt.get("kk")));
            }
        } catch (BadFile e) {
            problems.add(e.problem());
        }
        return media;
    }

    private List<AccountFile> readAccounts(Path file, List<ContentProblem> problems) {
        List<AccountFile> accounts = new ArrayList<>();
        if (!Files.exists(file)) {
            return accounts;
        }
        try {
            YamlSource source = YamlSource.of(file, text(file), 0, yaml);
            for (Map.Entry<String, Object> entry : source.values().entrySet()) {
                String name = entry.getKey();
                if (name.isBlank() || name.length() > 100 || !(entry.getValue() instanceof Map<?, ?> fields)
                        || !(fields.get("roles") instanceof List<?> roles) || roles.isEmpty()
                        || !roles.stream().allMatch(r -> Roles.ALL.contains(String.valueOf(r)))) {
                    problems.add(source.problem(name, "account '" + name + "' needs roles (a list of admin, editor, author)"));
                    continue;
                }
                Lang lang = Lang.of(string(fields.get("lang"))).orElse(null);
                if (lang == null || !(fields.get("active") instanceof Boolean active)) {
                    problems.add(source.problem(name, "account '" + name + "' needs lang (tr or kk) and active (true or false)"));
                    continue;
                }
                accounts.add(new AccountFile(name, roles.stream().map(String::valueOf).distinct().toList(), lang, active));
            }
        } catch (BadFile e) {
            problems.add(e.problem());
        }
        return accounts;
    }

    private StoryFile readStory(Path folder) {
        String key = folder.getFileName().toString();
        if (!StoryKeys.isValid(key)) {
            throw new BadFile(folder, 0, "folder name is not a valid story key (a-z, 0-9 and '-', at most 80 characters)");
        }
        Path storyYaml = folder.resolve(STORY);
        if (!Files.isRegularFile(storyYaml)) {
            throw new BadFile(storyYaml, 0, "story.yaml is missing");
        }
        YamlSource source = YamlSource.of(storyYaml, text(storyYaml), 0, yaml);
        Map<String, Object> fields = source.known(STORY_FIELDS);
        Kind kind = Kind.of(string(fields.get("kind")))
                .orElseThrow(() -> source.bad("kind", "kind must be news, press-release or statement, not '" + fields.get("kind") + "'"));
        Lang original = Lang.of(string(fields.get("original")))
                .orElseThrow(() -> source.bad("original", "original must be tr or kk, not '" + fields.get("original") + "'"));
        OffsetDateTime published = source.time("published");
        OffsetDateTime embargo = source.time("embargo");
        List<String> tags = tagList(source, fields.get("tags"));
        List<PressFields.Contact> contacts = contacts(source, fields.get("contacts"));
        List<PressFields.Attachment> attachments = attachments(source, fields.get("attachments"));
        Map<Lang, ArticleFile> articles = readArticles(folder, published);
        if (articles.isEmpty()) {
            throw new BadFile(folder, 0, "no article: add tr.md or kk.md");
        }
        if (!articles.containsKey(original)) {
            throw source.bad("original", "original is " + original + " but " + original + ".md is missing");
        }
        return new StoryFile(folder, key, kind, tags, published, embargo, original, articles, contacts, attachments);
    }

    private Map<Lang, ArticleFile> readArticles(Path folder, OffsetDateTime storyPublished) {
        Map<Lang, ArticleFile> articles = new EnumMap<>(Lang.class);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString();
                String code = name.substring(0, name.length() - 3);
                Lang lang = Lang.of(code).orElseThrow(() -> new BadFile(file, 0, "unknown language '" + code + "' (use tr.md or kk.md)"));
                articles.put(lang, readArticle(file, storyPublished, readHistory(folder.resolve(HISTORY).resolve(code))));
            }
        } catch (IOException e) {
            throw new BadFile(folder, 0, "cannot list folder: " + e.getMessage());
        }
        return articles;
    }

    private ArticleFile readArticle(Path file, OffsetDateTime storyPublished, List<RevisionFile> history) {
        YamlSource source = frontMatter(file);
        Map<String, Object> fields = source.known(ARTICLE_FIELDS);
        ArticleText text = articleText(source, fields);
        // Folders written before articles had a status: the story's publication time publishes every article.
        Status status = fields.containsKey("status") ? status(source, fields.get("status"))
                : storyPublished != null ? Status.PUBLISHED : Status.DRAFT;
        OffsetDateTime published = fields.containsKey("status") ? source.time("published") : storyPublished;
        if ((status == Status.PUBLISHED || status == Status.SCHEDULED) && published == null) {
            throw source.bad("status", "a " + status + " article needs its time in 'published'");
        }
        Object translation = fields.get("translation");
        if (translation != null && !"outdated".equals(translation)) {
            throw source.bad("translation", "translation may only be 'outdated' (absent: made from the current original)");
        }
        List<String> formerSlugs = source.list("former-slugs");
        for (String slug : formerSlugs) {
            if (!Slugs.isValid(slug)) {
                throw source.bad("former-slugs", "former slug '" + slug + "' must be a-z, 0-9 and '-'");
            }
        }
        String about = string(fields.get("about"));
        return new ArticleFile(file, text, status, published, source.time("updated"), formerSlugs,
                about == null || about.isBlank() ? null : about, translation != null, history);
    }

    private List<RevisionFile> readHistory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RevisionFile> revisions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher name = REVISION_NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    throw new BadFile(file, 0, "a history file is named <revision number>.md");
                }
                YamlSource source = frontMatter(file);
                Map<String, Object> fields = source.known(REVISION_FIELDS);
                String savedBy = string(fields.get("saved-by"));
                OffsetDateTime savedAt = source.time("saved-at");
                if (savedBy == null || savedAt == null) {
                    throw source.bad("saved-by", "a revision needs saved-by and saved-at");
                }
                revisions.add(new RevisionFile(Integer.parseInt(name.group(1)), savedBy, savedAt,
                        status(source, fields.get("status")), articleText(source, fields)));
            }
        }
        revisions.sort(Comparator.comparingInt(RevisionFile::number));
        return revisions;
    }

    private YamlSource frontMatter(Path file) {
        try {
            FrontMatter matter = FrontMatter.parse(text(file), yaml);
            return new YamlSource(file, matter.yamlText(), 1, matter.fields(), matter.body());
        } catch (Yamls.BadYaml e) {
            throw new BadFile(file, e.line > 0 ? e.line + 1 : 0, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadFile(file, 0, e.getMessage());
        }
    }

    private static ArticleText articleText(YamlSource source, Map<String, Object> fields) {
        String title = string(fields.get("title"));
        if (title == null || title.isBlank()) {
            throw source.bad("title", "title is required");
        }
        if (title.length() > 300) {
            throw source.bad("title", "title is longer than 300 characters");
        }
        String dateline = string(fields.get("dateline"));
        if (dateline != null && dateline.strip().length() > 120) {
            throw source.bad("dateline", "dateline is longer than 120 characters");
        }
        String author = string(fields.get("author"));
        if (author != null && author.strip().length() > 200) {
            throw source.bad("author", "author is longer than 200 characters");
        }
        String slug = string(fields.get("slug"));
        if (slug != null && !Slugs.isValid(slug)) {
            throw source.bad("slug", "slug '" + slug + "' must be a-z, 0-9 and '-', at most 120 characters");
        }
        return new ArticleText(title.strip(), string(fields.get("summary")), slug, dateline, author, source.body());
    }

    private static Status status(YamlSource source, Object value) {
        return Status.of(string(value)).orElseThrow(() -> source.bad("status",
                "status must be draft, in-review, scheduled, published or archived, not '" + value + "'"));
    }

    private static List<String> tagList(YamlSource source, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw source.bad("tags", "tags must be a list of tag keys");
        }
        return list.stream().map(String::valueOf).map(String::strip).distinct().toList();
    }

    private static List<PressFields.Contact> contacts(YamlSource source, Object value) {
        List<PressFields.Contact> contacts = new ArrayList<>();
        for (Map<?, ?> entry : entries(source, "contacts", value)) {
            Map<String, String> role = entry.get("role") == null ? Map.of() : byLang(entry.get("role"));
            if (string(entry.get("name")) == null || role == null) {
                throw source.bad("contacts", "each contact needs a name (role: {tr: …, kk: …}, phone and email are optional)");
            }
            contacts.add(new PressFields.Contact(string(entry.get("name")), role.get("tr"), role.get("kk"),
                    string(entry.get("phone")), string(entry.get("email"))));
        }
        return contacts;
    }

    private static List<PressFields.Attachment> attachments(YamlSource source, Object value) {
        List<PressFields.Attachment> attachments = new ArrayList<>();
        for (Map<?, ?> entry : entries(source, "attachments", value)) {
            Matcher name = MEDIA_NAME.matcher(String.valueOf(entry.get("media")));
            Map<String, String> title = byLang(entry.get("title"));
            if (!name.matches() || title == null || title.get("tr") == null || title.get("kk") == null) {
                throw source.bad("attachments", "each attachment needs media (<sha256>.<ext> of media.yaml) and title {tr: …, kk: …}");
            }
            attachments.add(new PressFields.Attachment(name.group(1), title.get("tr"), title.get("kk")));
        }
        return attachments;
    }

    private static List<Map<?, ?>> entries(YamlSource source, String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw source.bad(field, field + " must be a list of entries");
        }
        return list.stream().<Map<?, ?>>map(e -> (Map<?, ?>) e).toList();
    }

    /** {tr: …, kk: …} with blank values as null; null when the value is not such a mapping. */
    private static Map<String, String> byLang(Object value) {
        if (!(value instanceof Map<?, ?> map) || !map.keySet().stream().allMatch(k -> "tr".equals(k) || "kk".equals(k))) {
            return null;
        }
        Map<String, String> labels = new java.util.HashMap<>();
        map.forEach((k, v) -> {
            String text = string(v);
            if (text != null && !text.isBlank()) {
                labels.put(String.valueOf(k), text.strip());
            }
        });
        return labels;
    }

    static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** Strict UTF-8 with a size limit: a binary or huge file is reported, not imported as garbage. */
    private static String text(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadFile(file, 0, "file is larger than 2 MiB");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadFile(file, 0, "file is not valid UTF-8");
        } catch (IOException e) {
            throw new BadFile(file, 0, "cannot read file: " + e.getMessage());
        }
    }

    /** The YAML of one file (or of its front matter, {@code offset} lines down), so that problems name their line. */
    private record YamlSource(Path path, String yamlText, int offset, Map<String, Object> values, String body) {
        static YamlSource of(Path path, String text, int offset, Yamls yaml) {
            try {
                return new YamlSource(path, text, offset, yaml.map(text), null);
            } catch (Yamls.BadYaml e) {
                throw new BadFile(path, e.line > 0 ? e.line + offset : 0, e.getMessage());
            }
        }

        Map<String, Object> known(Set<String> names) {
            for (String name : values.keySet()) {
                if (!names.contains(name)) {
                    throw bad(name, "unknown field '" + name + "' (known: " + String.join(", ", names.stream().sorted().toList()) + ")");
                }
            }
            return values;
        }

        OffsetDateTime time(String field) {
            try {
                return values.get(field) == null ? null : Yamls.time(values.get(field));
            } catch (IllegalArgumentException e) {
                throw bad(field, e.getMessage());
            }
        }

        List<String> list(String field) {
            Object value = values.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw bad(field, field + " must be a list");
            }
            return list.stream().map(String::valueOf).toList();
        }

        BadFile bad(String field, String reason) {
            return new BadFile(path, line(field), reason);
        }

        ContentProblem problem(String field, String reason) {
            return bad(field, reason).problem();
        }

        private int line(String field) {
            int line = Yamls.lineOf(yamlText, field);
            return line > 0 ? line + offset : 0;
        }
    }

    /** A problem tied to one file and line, so that the report names it. */
    private static final class BadFile extends RuntimeException {
        final transient Path path;
        final int line;

        BadFile(Path path, int line, String reason) {
            super(reason, null, false, false);
            this.path = path;
            this.line = line;
        }

        ContentProblem problem() {
            return new ContentProblem(path, line, getMessage());
        }
    }
}
