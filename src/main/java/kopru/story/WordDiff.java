package kopru.story;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level diff of two texts (java-diff-utils over word and space tokens), as kept, removed and added runs. */
public final class WordDiff {
    /** A run of text and what happened to it. The template escapes the text. */
    public record Part(Kind kind, String text) {
        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    public enum Kind { SAME, REMOVED, ADDED }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<Part> of(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            add(parts, Kind.SAME, from.subList(position, delta.getSource().getPosition()));
            add(parts, Kind.REMOVED, delta.getSource().getLines());
            add(parts, Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(parts, Kind.SAME, from.subList(position, from.size()));
        return parts;
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(p -> p.kind != Kind.SAME);
    }

    private static void add(List<Part> parts, Kind kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            parts.add(new Part(kind, String.join("", tokens)));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }
}
