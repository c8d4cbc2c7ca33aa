package kopru.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reader's query after parsing: groups that must all match (each group is one part or several
 * joined by OR), and parts that must not match. A part is a word (possibly a prefix, "word*") or a phrase.
 */
record ParsedQuery(List<List<Part>> required, List<Part> excluded) {
    record Part(String text, boolean phrase, boolean prefix) {
        /** How the part is written back into a query string (for "did you mean" links). */
        String written() {
            return phrase ? "\"" + text + "\"" : prefix ? text + "*" : text;
        }
    }

    boolean isEmpty() {
        return required.isEmpty();
    }

    /** The query written back in its own syntax. */
    String written() {
        String positive = required.stream()
                .map(group -> group.stream().map(Part::written).collect(Collectors.joining(" OR ")))
                .collect(Collectors.joining(" "));
        String negative = excluded.stream().map(part -> "-" + part.written()).collect(Collectors.joining(" "));
        return negative.isEmpty() ? positive : positive + " " + negative;
    }
}
