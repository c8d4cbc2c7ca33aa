package kopru.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Writes content folders for tests, in temporary folders that {@link #deleteAll} removes. */
final class ContentFiles {
    private static final List<Path> ROOTS = new ArrayList<>();

    private ContentFiles() {
    }

    static synchronized Path newRoot(String name) {
        try {
            Path root = Files.createTempDirectory("kopru-" + name);
            ROOTS.add(root);
            Files.createDirectories(root.resolve("stories"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void deleteAll() throws IOException {
        for (Path root : ROOTS) {
            if (Files.exists(root)) {
                deleteTree(root);
            }
        }
        ROOTS.clear();
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path story(Path root, String key) {
        return root.resolve("stories").resolve(key);
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String storyYaml(String kind, String tags, String published, String original) {
        return "kind: " + kind + "\ntags: " + tags + "\n" + (published == null ? "" : "published: " + published + "\n")
                + "original: " + original + "\n";
    }

    static String article(String title, String slug, String body) {
        return "---\ntitle: \"" + title + "\"\nsummary: \"Özet — " + title + "\"\n" + (slug == null ? "" : "slug: " + slug + "\n")
                + "dateline: \"ANKARA\"\nauthor: \"Test Yazarı\"\n---\n" + body + "\n";
    }
}
