package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.Tag;

/** Writes the database back as a content folder: a backup a person can read, and that import takes back unchanged. */
@ApplicationScoped
public class ContentExporter {
    @Inject
    Yamls yaml;

    /** @return the number of stories written */
    @Transactional
    public int exportTo(Path root) {
        try {
            Files.createDirectories(root.resolve(ContentReader.STORIES));
            Map<String, Object> tags = new LinkedHashMap<>();
            for (Tag tag : Tag.<Tag>listAll(io.quarkus.panache.common.Sort.by("key"))) {
                tags.put(tag.key, Map.of("tr", tag.labelTr, "kk", tag.labelKk));
            }
            write(root.resolve(ContentReader.TAGS), yaml.dump(tags));
            // Deleted stories stay in the database (kopru.story.StoryDeletion) but not in the content folder.
            List<Story> stories = Story.list("deletedAt is null", io.quarkus.panache.common.Sort.by("key"));
            for (Story story : stories) {
                writeStory(root.resolve(ContentReader.STORIES).resolve(story.key), story);
            }
            return stories.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStory(Path folder, Story story) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", story.kind.code());
        fields.put("tags", story.tags.stream().map(t -> t.key).toList());
        // The folder format has one publication time per story; drafts have none.
        if (story.articles.stream().anyMatch(a -> a.status == Status.PUBLISHED)) {
            fields.put("published", time(story.firstPublished, story.original));
        }
        if (story.embargo != null) {
            fields.put("embargo", time(story.embargo, story.original));
        }
        fields.put("original", story.original.code());
        write(folder.resolve(ContentReader.STORY), yaml.dump(fields));
        for (Article article : story.articles) {
            write(folder.resolve(article.lang.code() + ".md"), markdownFile(article));
        }
    }

    private String markdownFile(Article article) {
        Map<String, Object> matter = new LinkedHashMap<>();
        matter.put("title", article.title);
        putIfPresent(matter, "summary", article.summary);
        matter.put("slug", article.slug);
        putIfPresent(matter, "dateline", article.dateline);
        putIfPresent(matter, "author", article.author);
        return "---\n" + yaml.dump(matter) + "---\n" + article.body;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Written in the original language's zone, so that a person reads local newsroom time. */
    private static String time(OffsetDateTime time, Lang lang) {
        return time.atZoneSameInstant(lang.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
