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
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/** Safe YAML reading (no arbitrary types) and block-style writing for the content folder. */
@ApplicationScoped
class Yamls {

    /** @throws IllegalArgumentException with a readable reason when the text is not a YAML mapping */
    Map<String, Object> map(String text) {
        Object value;
        try {
            value = loader().load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("broken YAML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> raw)) {
            throw new IllegalArgumentException("expected a YAML mapping of names to values");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    String dump(Map<String, ?> value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(1000);
        options.setIndent(2);
        return new Yaml(new Representer(options), options).dump(value);
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
