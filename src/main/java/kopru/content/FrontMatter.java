package kopru.content;

import java.util.Map;

/** A Markdown file split into its YAML front matter and its body. */
record FrontMatter(Map<String, Object> fields, String body) {

    /** @throws IllegalArgumentException when the file does not start with a closed front matter block */
    static FrontMatter parse(String text, Yamls yaml) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException("the file must start with front matter between '---' lines");
        }
        int end = normalized.indexOf("\n---", 3);
        while (end >= 0 && !isLineEnd(normalized, end + 4)) {
            end = normalized.indexOf("\n---", end + 4);
        }
        if (end < 0) {
            throw new IllegalArgumentException("the front matter has no closing '---' line");
        }
        Map<String, Object> fields = yaml.map(normalized.substring(4, end + 1));
        int bodyStart = Math.min(normalized.length(), end + 5);
        return new FrontMatter(fields, normalized.substring(bodyStart).strip() + "\n");
    }

    private static boolean isLineEnd(String text, int index) {
        return index >= text.length() || text.charAt(index) == '\n';
    }
}
