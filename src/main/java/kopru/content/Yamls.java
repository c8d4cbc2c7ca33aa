package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** Safe YAML reading (no arbitrary types) and block-style writing for the content folder. */
@ApplicationScoped
class Yamls {

    /** @throws IllegalArgumentException ({@link BadYaml} for broken YAML) with a readable reason when the text is not a YAML mapping */
    Map<String, Object> map(String text) {
        Object value;
        try {
            value = loader().load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new BadYaml("broken YAML: " + String.valueOf(e.getProblem()).replaceAll("\\s+", " "), line);
        } catch (YAMLException e) {
            throw new BadYaml("broken YAML: " + e.getMessage().replaceAll("\\s+", " "), 0);
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> raw)) {
            throw new BadYaml("expected a YAML mapping of names to values", 1);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** The 1-based line where a top-level key of block YAML starts, 0 when absent: problems point at their line. */
    static int lineOf(String text, String key) {
        int line = 1;
        int start = 0;
        while (start < text.length()) {
            if (text.startsWith(key + ":", start) || text.startsWith("\"" + key + "\":", start)) {
                return line;
            }
            int end = text.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return 0;
    }

    /** Broken YAML, with the 1-based line SnakeYAML stopped at (0 when unknown). */
    static final class BadYaml extends IllegalArgumentException {
        final int line;

        BadYaml(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /** Block style, Unicode as is, multi-line text as a literal block ("|"), so that a person can read and diff it. */
    String dump(Map<String, ?> value) {
        return DUMPER.get().dump(value);
    }

    private static final ThreadLocal<Yaml> DUMPER = ThreadLocal.withInitial(() -> {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(1000);
        options.setIndent(2);
        return new Yaml(new TextRepresenter(options), options);
    });

    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> ((String) data).indexOf('\n') >= 0
                    ? representScalar(org.yaml.snakeyaml.nodes.Tag.STR, (String) data, DumperOptions.ScalarStyle.LITERAL)
                    : plain.representData(data));
        }
    }

    /** Times may be quoted strings or YAML timestamps (which SnakeYAML reads as a Date, in UTC). */
    static OffsetDateTime time(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 time with offset (2024-03-01T10:00:00+03:00)");
        }
    }

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }
}
