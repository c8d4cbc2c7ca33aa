package kopru.content;

import static kopru.content.ContentFiles.article;
import static kopru.content.ContentFiles.story;
import static kopru.content.ContentFiles.storyYaml;
import static kopru.content.ContentFiles.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Revision;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.Tag;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@QuarkusTest
class ContentImportTest {
    private static final Path CONTENT = Path.of("content");
    private static final int SEED_STORIES = 17;

    @Inject
    ContentImporter importer;
    @Inject
    ContentReader reader;

    @AfterEach
    void deleteFolders() throws IOException {
        ContentFiles.deleteAll();
    }

    /** What one bad file must produce: a problem naming this file, with these words in the reason. */
    private record Expected(Path path, String... words) {
    }

    @Test
    void shouldReadTheSeedContentWithoutProblems() {
        ContentFolder folder = reader.read(CONTENT);
        assertEquals(List.of(), folder.problems());
        assertEquals(SEED_STORIES, folder.stories().size());
        assertEquals(10, folder.tags().size());
    }

    @Test
    void shouldChangeNothingWhenTheSameFolderIsImportedAgain() {
        ImportReport report = importer.importFolder(CONTENT);
        assertEquals(List.of(), report.problems());
        assertEquals(0, report.created(), report::toString);
        assertEquals(0, report.updated(), report::toString);
        assertEquals(SEED_STORIES, report.unchanged(), report::toString);
    }

    @Test
    void shouldReportEveryBadFileAndImportTheGoodStories() {
        String s = TestStories.newKey("x");
        Path root = ContentFiles.newRoot("broken");
        write(root.resolve("tags.yaml"), "test-" + s + ":\n  tr: \"Deneme\"\n  kk: \"Сынақ\"\nBad Tag:\n  tr: x\n  kk: y\n");
        String good = "---\ntitle: \"%s\"\n---\nGövde.\n";

        // The good stories: both languages, a tag from the folder's own tags.yaml, published.
        List<String> goodKeys = List.of("good-a-" + s, "good-b-" + s, "dup-a-" + s);
        writeGood(root, "good-a-" + s, "[test-" + s + "]", null);
        writeGood(root, "good-b-" + s, "[kultur]", null);
        writeGood(root, "dup-a-" + s, "[]", "ayni-adres-" + s);

        Map<String, Expected> bad = new LinkedHashMap<>();
        String key = "broken-yaml-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"), "kind: news\ntags: [deprem\noriginal: tr\n"), "YAML"));
        write(story(root, key).resolve("tr.md"), good.formatted("Bozuk YAML " + s));

        key = "no-front-matter-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"), "Ön bilgi yok, yalnız gövde.\n"), "front matter"));

        key = "unclosed-front-matter-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"), "---\ntitle: \"Kapanmayan\"\nGövde.\n"), "closing"));

        key = "no-title-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("kk.md"), good.formatted("Тақырыбы бар " + s));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"), "---\nsummary: \"Başlık yok\"\n---\nGövde.\n"), "title"));

        key = "unknown-tag-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[deprem, no-such-tag]", "\"2020-05-05T10:00:00+03:00\"", "tr")), "no-such-tag"));
        write(story(root, key).resolve("tr.md"), good.formatted("Bilinmeyen etiket " + s));

        key = "russian-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("tr.md"), good.formatted("Rusça dosya " + s));
        bad.put(key, new Expected(write(story(root, key).resolve("ru.md"), good.formatted("Русский")), "ru"));

        key = "original-ru-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "ru")), "original", "ru"));
        write(story(root, key).resolve("tr.md"), good.formatted("Özgün dil Rusça " + s));

        key = "unknown-kind-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("blog", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr")), "kind", "blog"));
        write(story(root, key).resolve("tr.md"), good.formatted("Bilinmeyen tür " + s));

        key = "bad-time-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[]", "yesterday", "tr")), "yesterday"));
        write(story(root, key).resolve("tr.md"), good.formatted("Kötü zaman " + s));

        key = "no-offset-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[]", "\"2020-05-05T10:00:00\"", "tr")), "2020-05-05T10:00:00"));
        write(story(root, key).resolve("tr.md"), good.formatted("Saat dilimi yok " + s));

        key = "impossible-date-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[]", "\"2020-02-30T10:00:00+03:00\"", "tr")), "2020-02-30"));
        write(story(root, key).resolve("tr.md"), good.formatted("Olmayan gün " + s));

        key = "dup-b-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"),
                article("Aynı adres ikinci " + s, "ayni-adres-" + s, "Gövde.")), "duplicate", "ayni-adres-" + s));

        key = "Bad_Key";
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("tr.md"), good.formatted("Geçersiz klasör " + s));
        bad.put(key, new Expected(story(root, key), "folder name"));

        key = "latin5-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"),
                ("---\ntitle: \"Türkçe karakterli başlık\"\n---\nÇağrı\n").getBytes(Charset.forName("ISO-8859-9"))), "UTF-8"));

        key = "unknown-field-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"),
                "---\ntitle: \"Alt başlıklı " + s + "\"\nsubtitle: \"fazla\"\n---\nGövde.\n"), "subtitle"));

        key = "unknown-story-field-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr") + "priority: high\n"), "priority"));
        write(story(root, key).resolve("tr.md"), good.formatted("Fazla alan " + s));

        key = "no-story-yaml-" + s;
        write(story(root, key).resolve("tr.md"), good.formatted("story.yaml yok " + s));
        bad.put(key, new Expected(story(root, key).resolve("story.yaml"), "missing"));

        key = "missing-original-" + s;
        bad.put(key, new Expected(write(story(root, key).resolve("story.yaml"),
                storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "kk")), "kk.md"));
        write(story(root, key).resolve("tr.md"), good.formatted("Özgün dosya yok " + s));

        key = "bad-slug-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"),
                article("Kötü adres " + s, "Kötü Adres", "Gövde.")), "slug"));

        key = "taken-slug-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("kk.md"), article("Бос адрес " + s, null, "Мәтін."));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"),
                article("Alınmış adres " + s, "almati-istanbul-ucuslari-artiyor", "Gövde.")), "almati-istanbul-ucuslari-artiyor"));

        key = "long-dateline-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        bad.put(key, new Expected(write(story(root, key).resolve("tr.md"),
                "---\ntitle: \"Uzun yer " + s + "\"\ndateline: \"" + "ANKARA ".repeat(30) + "\"\n---\nGövde.\n"), "dateline"));

        key = "long-author-" + s;
        write(story(root, key).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-05-05T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("tr.md"), good.formatted("Uzun yazar " + s));
        bad.put(key, new Expected(write(story(root, key).resolve("kk.md"),
                "---\ntitle: \"Ұзын автор " + s + "\"\nauthor: \"" + "Айгерім ".repeat(30) + "\"\n---\nМәтін.\n"), "author"));

        Expected badTags = new Expected(root.resolve("tags.yaml"), "Bad Tag");

        ImportReport report = importer.importFolder(root);

        assertFalse(report.applied(), report::toString);
        String problems = report.problems().stream().map(p -> root.relativize(p.path()) + ":" + p.line() + ": " + p.reason())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        List<Executable> checks = new ArrayList<>();
        List<Expected> expected = new ArrayList<>(bad.values());
        expected.add(badTags);
        for (Expected want : expected) {
            checks.add(() -> {
                List<ContentProblem> found = report.problems().stream().filter(p -> p.path().equals(want.path())).toList();
                assertEquals(1, found.size(), () -> "expected one problem for " + root.relativize(want.path()) + "; problems:"
                        + problems);
                for (String word : want.words()) {
                    assertTrue(found.get(0).reason().contains(word), () -> "reason for " + root.relativize(want.path())
                            + " should mention '" + word + "': " + found.get(0).reason());
                }
            });
        }
        checks.add(() -> assertEquals(expected.size(), report.problems().size(), () -> "problems:" + problems));
        // Problems point at their line: the broken YAML at its third line, the unknown field and the long dateline at theirs.
        checks.add(() -> assertEquals(3, lineOf(report, bad.get("broken-yaml-" + s).path()), problems));
        checks.add(() -> assertEquals(3, lineOf(report, bad.get("unknown-field-" + s).path()), problems));
        checks.add(() -> assertEquals(5, lineOf(report, bad.get("unknown-story-field-" + s).path()), problems));
        checks.add(() -> assertEquals(2, lineOf(report, bad.get("unknown-tag-" + s).path()), problems));
        assertAll(checks);

        // All or nothing: not even the good stories were imported.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String goodKey : goodKeys) {
                assertTrue(Story.findByKey(goodKey).isEmpty(), () -> "a story of a bad folder was imported: " + goodKey);
            }
            assertTrue(Tag.findByKey("test-" + s).isEmpty(), "a tag of a bad folder was imported");
        });

        // Once the bad files are gone, the rest imports; and importing it again changes nothing.
        for (String badKey : bad.keySet()) {
            ContentFiles.deleteTree(story(root, badKey));
        }
        write(root.resolve("tags.yaml"), "test-" + s + ":\n  tr: \"Deneme\"\n  kk: \"Сынақ\"\n");
        ImportReport clean = importer.importFolder(root);
        assertEquals(List.of(), clean.problems());
        assertEquals(goodKeys.size(), clean.created(), clean::toString);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String goodKey : goodKeys) {
                Story story = Story.findByKey(goodKey).orElseThrow(() -> new AssertionError("not imported: " + goodKey));
                assertEquals(2, story.articles.size(), goodKey);
                assertTrue(story.articles.stream().allMatch(a -> a.status == Status.PUBLISHED), goodKey);
            }
            assertEquals(List.of("test-" + s), Story.findByKey("good-a-" + s).orElseThrow().tags.stream().map(t -> t.key).toList());
            assertEquals("ayni-adres-" + s, Story.findByKey("dup-a-" + s).orElseThrow().article(Lang.TR).orElseThrow().slug);
        });
        String goodPath = TestStories.path("good-b-" + s, Lang.TR);
        Site.get(goodPath).expect(200);

        ImportReport again = importer.importFolder(root);
        assertEquals(0, again.created(), again::toString);
        assertEquals(0, again.updated(), again::toString);
        assertEquals(goodKeys.size(), again.unchanged(), again::toString);
    }

    private static int lineOf(ImportReport report, Path path) {
        return report.problems().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().line();
    }

    private static void writeGood(Path root, String key, String tags, String trSlug) {
        write(story(root, key).resolve("story.yaml"), storyYaml("press-release", tags, "\"2020-05-05T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("tr.md"), article("İyi haber " + key, trSlug, "Bu **iyi** bir haber."));
        write(story(root, key).resolve("kk.md"), article("Жақсы жаңалық " + key, null, "Бұл **жақсы** жаңалық."));
    }

    @Test
    void shouldAcceptPublishedTimesQuotedOrAsYamlTimestamps() {
        String s = TestStories.newKey("t");
        Path root = ContentFiles.newRoot("times");
        Instant expected = Instant.parse("2020-03-01T07:00:00Z");
        String unquoted = "unquoted-" + s;
        String quoted = "quoted-" + s;
        write(story(root, unquoted).resolve("story.yaml"), storyYaml("news", "[]", "2020-03-01T10:00:00+03:00", "tr")
                + "embargo: 2020-02-29T21:00:00Z\n");
        write(story(root, unquoted).resolve("tr.md"), article("Tırnaksız zaman " + s, null, "Gövde."));
        write(story(root, quoted).resolve("story.yaml"), storyYaml("news", "[]", "\"2020-03-01T12:00:00+05:00\"", "tr")
                + "embargo: \"2020-03-01T00:00:00+03:00\"\n");
        write(story(root, quoted).resolve("tr.md"), article("Tırnaklı zaman " + s, null, "Gövde."));

        ContentFolder folder = reader.read(root);
        assertEquals(List.of(), folder.problems());
        for (StoryFile file : folder.stories()) {
            assertEquals(expected, file.published().toInstant(), file.key());
            assertEquals(Instant.parse("2020-02-29T21:00:00Z"), file.embargo().toInstant(), file.key());
        }

        ImportReport report = importer.importFolder(root);
        assertEquals(List.of(), report.problems());
        assertEquals(2, report.created(), report::toString);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String key : List.of(unquoted, quoted)) {
                Article article = TestStories.article(key, Lang.TR);
                assertEquals(Status.PUBLISHED, article.status, key);
                assertEquals(expected, article.publishedAt.toInstant(), key);
                assertEquals(Instant.parse("2020-02-29T21:00:00Z"), article.story.embargo.toInstant(), key);
                assertTrue(SiteUrls.article(article).startsWith("/tr/2020/03/"), key);
            }
        });
        Site.get(TestStories.path(unquoted, Lang.TR)).expect(200);
        Site.get(TestStories.path(quoted, Lang.TR)).expect(200);

        ImportReport again = importer.importFolder(root);
        assertEquals(2, again.unchanged(), again::toString);
    }

    @Test
    void shouldUpdateAChangedStoryAndKeepARevision() {
        String key = TestStories.newKey("edited");
        Path root = ContentFiles.newRoot("edited");
        write(story(root, key).resolve("story.yaml"), storyYaml("statement", "[diplomasi]", "\"2020-07-01T10:00:00+03:00\"", "tr"));
        write(story(root, key).resolve("tr.md"), article("Birinci sürüm " + key, null, "Gövde."));
        assertEquals(1, importer.importFolder(root).created());
        String path = TestStories.path(key, Lang.TR);
        long revisions = QuarkusTransaction.requiringNew().call(() -> Revision.count("article", TestStories.article(key, Lang.TR)));

        write(story(root, key).resolve("tr.md"), article("İkinci sürüm " + key, null, "Yeni gövde."));
        ImportReport report = importer.importFolder(root);

        assertEquals(1, report.updated(), report::toString);
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = TestStories.article(key, Lang.TR);
            assertEquals("İkinci sürüm " + key, article.title);
            assertEquals("Yeni gövde.\n", article.body);
            assertTrue(Revision.count("article", article) > revisions);
            assertEquals(Status.PUBLISHED, article.status);
        });
        assertEquals(path, TestStories.path(key, Lang.TR), "the slug stays when the title changes");
    }
}
