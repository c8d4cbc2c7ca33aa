package kopru.content;

import java.util.Map;

/** A Markdown file split into its YAML front matter and its body. */
record FrontMatter(Map<String, Object> fields, String yamlText, String body) {

    /** @throws IllegalArgumentException ({@link Yamls.BadYaml} for broken YAML) when the file does not start with a closed front matter block */
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
        String yamlText = normalized.substring(4, end + 1);
        int bodyStart = Math.min(normalized.length(), end + 5);
        return new FrontMatter(yaml.map(yamlText), yamlText, body(normalized.substring(bodyStart)));
    }

    /** A body as the folder holds it: no surrounding blank lines, one final newline, LF line ends. */
    static String body(String text) {
        return text.replace("\r\n", "\n").strip() + "\n";
    }

    private static boolean isLineEnd(String text, int index) {
        return index >= text.length() || text.charAt(index) == '\n';
    }
}
