package kopru.content;

import static kopru.content.ContentFiles.story;
import static kopru.content.ContentFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kopru.account.Account;
import kopru.i18n.Lang;
import kopru.media.MediaItem;
import kopru.story.Actor;
import kopru.story.ArticleText;
import kopru.story.ChangeLog;
import kopru.story.Revision;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Export → empty database → import → export: the two folders are the same bytes, and every state came back. */
@QuarkusTest
@TestProfile(BackupTestProfile.class)
class BackupRoundTripTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ContentExporter exporter;
    @Inject
    ContentImporter importer;
    @Inject
    StoryService stories;
    @Inject
    TranslationStatus translations;
    @Inject
    ChangeLog changeLog;

    @AfterEach
    void deleteFolders() throws IOException {
        ContentFiles.deleteAll();
    }

    @Test
    void shouldExportIntoAnEmptyDatabaseAndExportAgainByteForByte() throws IOException {
        ImportReport seeded = importer.importFolder(richFolder());
        assertEquals(List.of(), seeded.problems());
        // An edit of the original after the import: the Kazakh translation is now outdated, and there is history.
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey("karma-durum").orElseThrow();
            stories.saveArticle(story, Lang.TR, new ArticleText("Karma durum, düzeltilmiş", "Özet", null, "ANKARA", "Ayşe", "Yeni gövde."), Actor.system("editor")).article();
        });

        Path first = ContentFiles.newRoot("first");
        Files.delete(first.resolve("stories"));
        ContentExporter.ExportReport exported = exporter.exportTo(first, true);
        assertTrue(exported.stories() >= 20, exported::toString);
        assertTrue(Files.readString(story(first, "karma-durum").resolve("kk.md")).contains("translation: outdated"));
        assertTrue(Files.isRegularFile(story(first, "karma-durum").resolve("history/tr/2.md")));
        assertFalse(Files.readString(first.resolve("accounts.yaml")).contains("$2"), "no password hash is exported");

        wipeDatabase();
        ImportReport restored = importer.importFolder(first);
        assertEquals(List.of(), restored.problems());
        assertEquals(exported.stories(), restored.created(), restored::toString);

        Path second = ContentFiles.newRoot("second");
        Files.delete(second.resolve("stories"));
        exporter.exportTo(second, true);
        assertSameFiles(first, second);

        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey("karma-durum").orElseThrow();
            assertEquals(Status.PUBLISHED, story.article(Lang.TR).orElseThrow().status);
            assertEquals(Status.DRAFT, story.article(Lang.KK).orElseThrow().status, "a draft stays a draft");
            assertEquals(TranslationStatus.State.OUTDATED, translations.of(story, Lang.KK));
            assertEquals(1, story.contacts.size());
            assertEquals("Basın ofisi", story.contacts.get(0).roleTr);
            assertEquals(1, story.attachments.size());
            assertEquals(Status.ARCHIVED, Story.findByKey("arsivlenen").orElseThrow().article(Lang.TR).orElseThrow().status);
            assertEquals(Status.SCHEDULED, Story.findByKey("planli").orElseThrow().article(Lang.TR).orElseThrow().status);
            assertEquals(Status.IN_REVIEW, Story.findByKey("planli").orElseThrow().article(Lang.KK).orElseThrow().status);
            Account writer = Account.findByUsername("yazar-bir").orElseThrow();
            assertEquals(Lang.KK, writer.uiLang);
            assertEquals(LibraryRestore.NO_PASSWORD, writer.passwordHash, "an imported account sets its password first");
            assertNotNull(MediaItem.findByHash(sha256(PDF)).orElse(null));
        });

        long revisions = QuarkusTransaction.requiringNew().call(() -> Revision.count());
        long changes = QuarkusTransaction.requiringNew().call(changeLog::latestId);
        ImportReport again = importer.importFolder(second);
        assertEquals(0, again.created() + again.updated() + again.tags() + again.media() + again.accounts(), again::toString);
        assertEquals(revisions, (long) QuarkusTransaction.requiringNew().call(() -> Revision.count()), "no revision");
        assertEquals(changes, (long) QuarkusTransaction.requiringNew().call(changeLog::latestId), "no change-log row");
    }

    /** The seed plus stories in every state, press fields, a media file and an account. */
    static Path richFolder() throws IOException {
        Path root = ContentFiles.newRoot("rich");
        copyTree(Path.of("content"), root);
        String pdf = sha256(PDF) + ".pdf";
        write(root.resolve("media").resolve(pdf), PDF);
        write(root.resolve("media.yaml"), pdf + ":\n  name: bulten.pdf\n");
        write(root.resolve("accounts.yaml"), "yazar-bir:\n  roles: [author]\n  lang: kk\n  active: true\n");
        write(story(root, "karma-durum").resolve("story.yaml"), "kind: press-release\ntags: [diplomasi]\npublished: 2024-05-01T10:00:00+03:00\n"
                + "embargo: 2024-05-01T09:00:00+03:00\noriginal: tr\ncontacts:\n- name: Ayşe Yılmaz\n  role:\n    tr: Basın ofisi\n    kk: Баспасөз қызметі\n"
                + "  phone: +90 312 000 00 00\n  email: basin@example.org\nattachments:\n- media: " + pdf + "\n  title:\n    tr: Bülten\n    kk: Релиз\n");
        write(story(root, "karma-durum").resolve("tr.md"), "---\ntitle: Karma durum\nslug: karma-durum\nformer-slugs: [karma-eski]\n"
                + "status: published\npublished: 2024-05-01T10:00:00+03:00\nabout: |\n  Kurum hakkında.\n\n  İkinci paragraf.\n---\nGövde.\n");
        write(story(root, "karma-durum").resolve("kk.md"), "---\ntitle: Аралас күй\nstatus: draft\n---\nМәтін.\n");
        write(story(root, "arsivlenen").resolve("story.yaml"), "kind: news\ntags: []\npublished: 2023-01-01T10:00:00+03:00\noriginal: tr\n");
        write(story(root, "arsivlenen").resolve("tr.md"), "---\ntitle: Arşivlenen haber\nstatus: archived\npublished: 2023-01-01T10:00:00+03:00\n---\nEski.\n");
        write(story(root, "planli").resolve("story.yaml"), "kind: statement\ntags: []\noriginal: tr\n");
        write(story(root, "planli").resolve("tr.md"), "---\ntitle: Planlı açıklama\nstatus: scheduled\npublished: 2099-01-01T10:00:00+03:00\n---\nSonra.\n");
        write(story(root, "planli").resolve("kk.md"), "---\ntitle: Жоспарлы мәлімдеме\nstatus: in-review\n---\nКейін.\n");
        return root;
    }

    private static void wipeDatabase() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("approval", "revision", "article_slug", "media_contact", "story_attachment", "story_tag", "article",
                    "story", "tag", "media_item", "api_token", "account")) {
                Story.getEntityManager().createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        Map<String, String> first = files(a);
        Map<String, String> second = files(b);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, text) -> assertEquals(text, second.get(name), name));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                write(to.resolve(from.relativize(file).toString()), Files.readAllBytes(file));
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
