package kopru.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Export then import: the database's stories come back unchanged, and read the same as the seed folder. */
@QuarkusTest
class ContentRoundTripTest {
    private static final Path CONTENT = Path.of("content");

    @Inject
    ContentExporter exporter;
    @Inject
    ContentImporter importer;
    @Inject
    ContentReader reader;

    @AfterEach
    void deleteFolders() throws IOException {
        ContentFiles.deleteAll();
    }

    @Test
    void shouldImportAnExportWithoutAnyChange() throws IOException {
        Path out = ContentFiles.newRoot("export");
        int exported = exporter.exportTo(out, false).stories();

        ImportReport report = importer.importFolder(out);

        assertEquals(List.of(), report.problems());
        assertEquals(0, report.created(), report::toString);
        assertEquals(0, report.updated(), report::toString);
        assertEquals(exported, report.unchanged(), report::toString);
        assertTrue(exported >= 17, "exported " + exported);
    }

    @Test
    void shouldExportTheSeedStoriesAsTheyWereWritten() throws IOException {
        Path out = ContentFiles.newRoot("export");
        exporter.exportTo(out, false);
        ContentFolder original = reader.read(CONTENT);
        ContentFolder exported = reader.read(out);
        assertEquals(List.of(), exported.problems());
        Map<String, StoryFile> byKey = exported.stories().stream().collect(Collectors.toMap(StoryFile::key, Function.identity()));
        Map<String, TagFile> tags = exported.tags().stream().collect(Collectors.toMap(TagFile::key, Function.identity()));

        List<Executable> checks = new ArrayList<>();
        for (TagFile tag : original.tags()) {
            checks.add(() -> assertEquals(tag, tags.get(tag.key())));
        }
        for (StoryFile want : original.stories()) {
            checks.add(() -> {
                StoryFile got = byKey.get(want.key());
                assertNotNull(got, "not exported: " + want.key());
                String k = want.key();
                assertEquals(want.kind(), got.kind(), k);
                assertEquals(want.tags().stream().sorted().toList(), got.tags().stream().sorted().toList(), k);
                assertEquals(want.original(), got.original(), k);
                assertSameInstant(want.embargo(), got.embargo(), k + " embargo");
                assertSameInstant(want.published(), got.published(), k + " published");
                assertEquals(want.articles().keySet(), got.articles().keySet(), k);
                for (Lang lang : want.articles().keySet()) {
                    ArticleText a = want.articles().get(lang).text();
                    ArticleText b = got.articles().get(lang).text();
                    String where = k + "/" + lang;
                    assertEquals(a.title(), b.title(), where);
                    assertEquals(a.summary(), b.summary(), where);
                    assertEquals(a.dateline(), b.dateline(), where);
                    assertEquals(a.author(), b.author(), where);
                    assertEquals(a.body(), b.body(), where);
                    if (a.slug() != null) {
                        assertEquals(a.slug(), b.slug(), where);
                    }
                    assertNotNull(b.slug(), where + ": the export writes every slug");
                }
            });
        }
        assertAll(checks);
    }

    private static void assertSameInstant(OffsetDateTime want, OffsetDateTime got, String what) {
        if (want == null) {
            assertEquals(null, got, what);
        } else {
            assertNotNull(got, what);
            assertEquals(want.toInstant(), got.toInstant(), what);
        }
    }
}
