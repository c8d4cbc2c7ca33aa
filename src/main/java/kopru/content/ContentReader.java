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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import kopru.story.Kind;
import kopru.story.StoryKeys;

/** Reads a content folder (format in DESIGN.md), collecting a problem for every bad file instead of stopping. */
@ApplicationScoped
public class ContentReader {
    static final String TAGS = "tags.yaml";
    static final String STORIES = "stories";
    static final String STORY = "story.yaml";
    private static final Set<String> STORY_FIELDS = Set.of("kind", "tags", "published", "embargo", "original");
    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "summary", "slug", "dateline", "author");
    private static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    @Inject
    Yamls yaml;

    public ContentFolder read(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(root, "no such folder"));
            return new ContentFolder(List.of(), List.of(), problems);
        }
        List<TagFile> tags = readTags(root.resolve(TAGS), problems);
        List<StoryFile> stories = new ArrayList<>();
        Path storiesDir = root.resolve(STORIES);
        if (Files.isDirectory(storiesDir)) {
            try (Stream<Path> folders = Files.list(storiesDir)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    try {
                        stories.add(readStory(folder, problems));
                    } catch (IllegalArgumentException e) {
                        problems.add(new ContentProblem(folder, e.getMessage()));
                    } catch (BadFile e) {
                        problems.add(new ContentProblem(e.path, e.getMessage()));
                    }
                }
            } catch (IOException e) {
                problems.add(new ContentProblem(storiesDir, "cannot list folder: " + e.getMessage()));
            }
        }
        return new ContentFolder(tags, stories, problems);
    }

    private List<TagFile> readTags(Path file, List<ContentProblem> problems) {
        List<TagFile> tags = new ArrayList<>();
        if (!Files.exists(file)) {
            return tags;
        }
        try {
            for (Map.Entry<String, Object> entry : yamlFile(file).entrySet()) {
                if (!StoryKeys.isValid(entry.getKey()) || !(entry.getValue() instanceof Map<?, ?> labels)) {
                    problems.add(new ContentProblem(file, "tag '" + entry.getKey() + "' needs a key of a-z, 0-9, '-' and labels {tr: …, kk: …}"));
                    continue;
                }
                Object tr = labels.get("tr");
                Object kk = labels.get("kk");
                if (tr == null || kk == null || String.valueOf(tr).isBlank() || String.valueOf(kk).isBlank()) {
                    problems.add(new ContentProblem(file, "tag '" + entry.getKey() + "' needs both a tr and a kk label"));
                    continue;
                }
                tags.add(new TagFile(entry.getKey(), String.valueOf(tr).strip(), String.valueOf(kk).strip()));
            }
        } catch (BadFile e) {
            problems.add(new ContentProblem(e.path, e.getMessage()));
        }
        return tags;
    }

    private StoryFile readStory(Path folder, List<ContentProblem> problems) {
        String key = folder.getFileName().toString();
        if (!StoryKeys.isValid(key)) {
            throw new IllegalArgumentException("folder name is not a valid story key (a-z, 0-9 and '-', at most 80 characters)");
        }
        Path storyYaml = folder.resolve(STORY);
        if (!Files.isRegularFile(storyYaml)) {
            throw new BadFile(storyYaml, "story.yaml is missing");
        }
        Map<String, Object> fields = fields(storyYaml, yamlFile(storyYaml), STORY_FIELDS);
        Kind kind = Kind.of(string(fields.get("kind")))
                .orElseThrow(() -> new BadFile(storyYaml, "kind must be news, press-release or statement, not '" + fields.get("kind") + "'"));
        Lang original = Lang.of(string(fields.get("original")))
                .orElseThrow(() -> new BadFile(storyYaml, "original must be tr or kk, not '" + fields.get("original") + "'"));
        OffsetDateTime published = optionalTime(storyYaml, fields.get("published"));
        OffsetDateTime embargo = optionalTime(storyYaml, fields.get("embargo"));
        List<String> tags = tagList(storyYaml, fields.get("tags"));
        Map<Lang, ArticleText> articles = readArticles(folder);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no article: add tr.md or kk.md");
        }
        if (!articles.containsKey(original)) {
            throw new BadFile(storyYaml, "original is " + original + " but " + original + ".md is missing");
        }
        return new StoryFile(folder, key, kind, tags, published, embargo, original, articles);
    }

    private Map<Lang, ArticleText> readArticles(Path folder) {
        Map<Lang, ArticleText> articles = new EnumMap<>(Lang.class);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString();
                String code = name.substring(0, name.length() - 3);
                Lang lang = Lang.of(code).orElseThrow(() -> new BadFile(file, "unknown language '" + code + "' (use tr.md or kk.md)"));
                articles.put(lang, readArticle(file));
            }
        } catch (IOException e) {
            throw new BadFile(folder, "cannot list folder: " + e.getMessage());
        }
        return articles;
    }

    private ArticleText readArticle(Path file) {
        FrontMatter matter;
        try {
            matter = FrontMatter.parse(text(file), yaml);
        } catch (IllegalArgumentException e) {
            throw new BadFile(file, e.getMessage());
        }
        Map<String, Object> fields = fields(file, matter.fields(), ARTICLE_FIELDS);
        String title = string(fields.get("title"));
        if (title == null || title.isBlank()) {
            throw new BadFile(file, "title is required");
        }
        if (title.length() > 300) {
            throw new BadFile(file, "title is longer than 300 characters");
        }
        String dateline = string(fields.get("dateline"));
        if (dateline != null && dateline.strip().length() > 120) {
            throw new BadFile(file, "dateline is longer than 120 characters");
        }
        String author = string(fields.get("author"));
        if (author != null && author.strip().length() > 200) {
            throw new BadFile(file, "author is longer than 200 characters");
        }
        String slug = string(fields.get("slug"));
        if (slug != null && !Slugs.isValid(slug)) {
            throw new BadFile(file, "slug '" + slug + "' must be a-z, 0-9 and '-', at most 120 characters");
        }
        return new ArticleText(title.strip(), string(fields.get("summary")), slug, dateline, author, matter.body());
    }

    private Map<String, Object> yamlFile(Path file) {
        try {
            return yaml.map(text(file));
        } catch (IllegalArgumentException e) {
            throw new BadFile(file, e.getMessage());
        }
    }

    private static Map<String, Object> fields(Path file, Map<String, Object> fields, Set<String> known) {
        for (String name : fields.keySet()) {
            if (!known.contains(name)) {
                throw new BadFile(file, "unknown field '" + name + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
        return fields;
    }

    private static List<String> tagList(Path file, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new BadFile(file, "tags must be a list of tag keys");
        }
        return list.stream().map(String::valueOf).map(String::strip).distinct().toList();
    }

    private static OffsetDateTime optionalTime(Path file, Object value) {
        try {
            return value == null ? null : Yamls.time(value);
        } catch (IllegalArgumentException e) {
            throw new BadFile(file, e.getMessage());
        }
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** Strict UTF-8 with a size limit: a binary or huge file is reported, not imported as garbage. */
    private static String text(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadFile(file, "file is larger than 2 MiB");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadFile(file, "file is not valid UTF-8");
        } catch (IOException e) {
            throw new BadFile(file, "cannot read file: " + e.getMessage());
        }
    }

    /** A problem tied to one file, so that the report names it. */
    private static final class BadFile extends RuntimeException {
        final transient Path path;

        BadFile(Path path, String reason) {
            super(reason);
            this.path = path;
        }
    }
}
