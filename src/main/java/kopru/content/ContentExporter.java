package kopru.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kopru.account.Account;
import kopru.account.Roles;
import kopru.i18n.Lang;
import kopru.media.MediaItem;
import kopru.media.MediaStore;
import kopru.story.Article;
import kopru.story.MediaContact;
import kopru.story.Revision;
import kopru.story.Story;
import kopru.story.StoryAttachment;
import kopru.story.Tag;
import kopru.story.TranslationStatus;
import org.hibernate.Session;

/**
 * Writes the database as a content folder: every live story with its whole state, the tags, the media library and
 * the accounts (never a password or a token). All of it is read in one transaction with a stable view, so that
 * stories saved meanwhile are either wholly in the export or not at all. The output depends only on the database:
 * sorted, no time of the export itself, so the same database always gives the same bytes.
 */
@ApplicationScoped
public class ContentExporter {
    private static final int CHUNK = 500;

    @Inject
    Yamls yaml;
    @Inject
    MediaStore mediaFiles;
    @Inject
    TranslationStatus translations;

    public record ExportReport(int stories, int media, int accounts) {
        @Override
        public String toString() {
            return stories + " stories, " + media + " media files, " + accounts + " accounts";
        }
    }

    /** Into a new or empty folder. */
    public ExportReport exportTo(Path root, boolean withHistory) {
        try (ExportSink sink = ExportSink.folder(root)) {
            return exportTo(sink, withHistory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExportReport exportTo(ExportSink sink, boolean withHistory) {
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            stableView();
            try {
                int accounts = writeAccounts(sink);
                writeTags(sink);
                int media = writeMedia(sink);
                int stories = writeStories(sink, withHistory);
                return new ExportReport(stories, media, accounts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * One snapshot for the whole export, taken before the first read. PostgreSQL's REPEATABLE READ is such a snapshot;
     * H2's keeps only the rows already read, and its SERIALIZABLE is the snapshot (read-only here, so it never fails).
     * The pool puts the connection's own level back when it is returned.
     */
    private static void stableView() {
        Story.getEntityManager().unwrap(Session.class).doWork(connection -> connection.setTransactionIsolation(
                connection.getMetaData().getDatabaseProductName().startsWith("H2")
                        ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ));
    }

    private int writeAccounts(ExportSink sink) throws IOException {
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (Account account : Account.<Account>listAll(io.quarkus.panache.common.Sort.by("username"))) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("roles", Roles.parse(account.roles).stream().sorted().toList());
            fields.put("lang", account.uiLang.code());
            fields.put("active", account.active);
            accounts.put(account.username, fields);
        }
        sink.put(ContentReader.ACCOUNTS, utf8(yaml.dump(accounts)));
        return accounts.size();
    }

    private void writeTags(ExportSink sink) throws IOException {
        Map<String, Object> tags = new LinkedHashMap<>();
        for (Tag tag : Tag.<Tag>listAll(io.quarkus.panache.common.Sort.by("key"))) {
            tags.put(tag.key, byLang(tag.labelTr, tag.labelKk));
        }
        sink.put(ContentReader.TAGS, utf8(yaml.dump(tags)));
    }

    private int writeMedia(ExportSink sink) throws IOException {
        Map<String, Object> entries = new TreeMap<>();
        for (MediaItem item : MediaItem.<MediaItem>listAll()) {
            String name = item.hash + "." + item.ext;
            Path file = mediaFiles.find(name).orElseThrow(() -> new IllegalStateException("media file missing from the data folder: " + name));
            Map<String, Object> fields = new LinkedHashMap<>();
            putIfPresent(fields, "name", item.originalName);
            if (item.altTr != null || item.altKk != null) {
                fields.put("alt", byLang(item.altTr, item.altKk));
            }
            entries.put(name, fields);
            sink.copy(ContentReader.MEDIA + "/" + name, file);
        }
        if (!entries.isEmpty()) {
            sink.put(ContentReader.MEDIA_YAML, utf8(yaml.dump(entries)));
        }
        return entries.size();
    }

    private int writeStories(ExportSink sink, boolean withHistory) throws IOException {
        EntityManager em = Story.getEntityManager();
        String after = "";
        int count = 0;
        while (true) {
            List<Long> ids = em.createQuery("select s.id from Story s where s.deletedAt is null and s.key > :after order by s.key", Long.class)
                    .setParameter("after", after).setMaxResults(CHUNK).getResultList();
            if (ids.isEmpty()) {
                return count;
            }
            List<Story> stories = new ArrayList<>(em.createQuery("select distinct s from Story s left join fetch s.articles where s.id in :ids", Story.class)
                    .setParameter("ids", ids).getResultList());
            stories.sort(Comparator.comparing((Story s) -> ids.indexOf(s.id)));
            Chunk chunk = new Chunk(stories, withHistory);
            for (Story story : stories) {
                writeStory(sink, story, chunk);
            }
            count += stories.size();
            after = stories.get(stories.size() - 1).key;
            em.clear();
        }
    }

    /** What a chunk of stories needs beyond its entities, read with one query each. */
    private static final class Chunk {
        final Map<Long, List<String>> slugs = new HashMap<>();
        final Map<Long, Integer> lastRevision = new HashMap<>();
        final Map<Long, List<Revision>> history = new HashMap<>();

        Chunk(List<Story> stories, boolean withHistory) {
            List<Long> articleIds = stories.stream().flatMap(s -> s.articles.stream()).map(a -> a.id).toList();
            if (articleIds.isEmpty()) {
                return;
            }
            EntityManager em = Story.getEntityManager();
            for (Object[] row : em.createQuery("select s.article.id, s.slug from ArticleSlug s where s.article.id in :ids", Object[].class)
                    .setParameter("ids", articleIds).getResultList()) {
                slugs.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
            }
            for (Object[] row : em.createQuery("select r.article.id, max(r.number) from Revision r where r.article.id in :ids group by r.article.id", Object[].class)
                    .setParameter("ids", articleIds).getResultList()) {
                lastRevision.put((Long) row[0], ((Number) row[1]).intValue());
            }
            if (withHistory) {
                for (Revision revision : em.createQuery("select r from Revision r where r.article.id in :ids order by r.number", Revision.class)
                        .setParameter("ids", articleIds).getResultList()) {
                    history.computeIfAbsent(revision.article.id, id -> new ArrayList<>()).add(revision);
                }
            }
        }
    }

    private void writeStory(ExportSink sink, Story story, Chunk chunk) throws IOException {
        String folder = ContentReader.STORIES + "/" + story.key + "/";
        Lang zone = story.original;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", story.kind.code());
        fields.put("tags", story.tags.stream().map(t -> t.key).sorted().toList());
        putIfPresent(fields, "published", time(story.firstPublished, zone));
        putIfPresent(fields, "embargo", time(story.embargo, zone));
        fields.put("original", story.original.code());
        if (!story.contacts.isEmpty()) {
            fields.put("contacts", story.contacts.stream().sorted(Comparator.comparingInt(c -> c.position)).map(ContentExporter::contact).toList());
        }
        if (!story.attachments.isEmpty()) {
            fields.put("attachments", story.attachments.stream().sorted(Comparator.comparingInt(a -> a.position)).map(ContentExporter::attachment).toList());
        }
        sink.put(folder + ContentReader.STORY, utf8(yaml.dump(fields)));
        for (Article article : story.articles) {
            sink.put(folder + article.lang.code() + ".md", utf8(markdownFile(story, article, chunk)));
            for (Revision revision : chunk.history.getOrDefault(article.id, List.of())) {
                sink.put(folder + ContentReader.HISTORY + "/" + article.lang.code() + "/" + revision.number + ".md", utf8(revisionFile(revision, zone)));
            }
        }
    }

    private String markdownFile(Story story, Article article, Chunk chunk) {
        Map<String, Object> matter = new LinkedHashMap<>();
        matter.put("title", article.title);
        putIfPresent(matter, "summary", article.summary);
        matter.put("slug", article.slug);
        List<String> former = chunk.slugs.getOrDefault(article.id, List.of()).stream().filter(s -> !s.equals(article.slug)).sorted().toList();
        if (!former.isEmpty()) {
            matter.put("former-slugs", former);
        }
        putIfPresent(matter, "dateline", article.dateline);
        putIfPresent(matter, "author", article.author);
        matter.put("status", article.status.code());
        putIfPresent(matter, "published", time(article.publishedAt, story.original));
        matter.put("updated", time(article.updatedAt, story.original));
        if (outdated(story, article, chunk)) {
            matter.put("translation", "outdated");
        }
        putIfPresent(matter, "about", article.about);
        return "---\n" + yaml.dump(matter) + "---\n" + FrontMatter.body(article.body);
    }

    /** Exact, but asks the revisions only of translations whose original moved on since (cheap for most stories). */
    private boolean outdated(Story story, Article article, Chunk chunk) {
        if (article.lang == story.original) {
            return false;
        }
        Article original = story.article(story.original).orElse(null);
        if (original == null) {
            return false;
        }
        boolean mayBeOutdated = article.translatedFromRevision != null
                ? chunk.lastRevision.getOrDefault(original.id, 0) > article.translatedFromRevision
                : original.updatedAt.isAfter(article.updatedAt);
        return mayBeOutdated && translations.of(story, article.lang) == TranslationStatus.State.OUTDATED;
    }

    private String revisionFile(Revision revision, Lang zone) {
        Map<String, Object> matter = new LinkedHashMap<>();
        matter.put("saved-by", revision.savedBy);
        matter.put("saved-at", time(revision.savedAt, zone));
        matter.put("status", revision.status.code());
        matter.put("title", revision.title);
        putIfPresent(matter, "summary", revision.summary);
        matter.put("slug", revision.slug);
        putIfPresent(matter, "dateline", revision.dateline);
        putIfPresent(matter, "author", revision.author);
        return "---\n" + yaml.dump(matter) + "---\n" + FrontMatter.body(revision.body);
    }

    private static Map<String, Object> contact(MediaContact contact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", contact.name);
        if (contact.roleTr != null || contact.roleKk != null) {
            fields.put("role", byLang(contact.roleTr, contact.roleKk));
        }
        putIfPresent(fields, "phone", contact.phone);
        putIfPresent(fields, "email", contact.email);
        return fields;
    }

    private static Map<String, Object> attachment(StoryAttachment attachment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("media", attachment.media.hash + "." + attachment.media.ext);
        fields.put("title", byLang(attachment.titleTr, attachment.titleKk));
        return fields;
    }

    private static Map<String, Object> byLang(String tr, String kk) {
        Map<String, Object> labels = new LinkedHashMap<>();
        putIfPresent(labels, "tr", tr);
        putIfPresent(labels, "kk", kk);
        return labels;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Written in the original language's zone, so that a person reads local newsroom time. */
    private static String time(OffsetDateTime time, Lang lang) {
        return time == null ? null : time.atZoneSameInstant(lang.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
