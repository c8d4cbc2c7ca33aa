package kopru.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small list of names written differently across the two languages (Türkiye | Түркия,
 * Kazakistan | Қазақстан, İstanbul | Стамбұл…), from {@code search/equivalents.txt}: a query word
 * that is one of them also searches for the others.
 */
final class EquivalentNames {
    static final EquivalentNames DEFAULT = load("/search/equivalents.txt");

    private final Map<String, List<String>> byKey;

    private EquivalentNames(Map<String, List<String>> byKey) {
        this.byKey = byKey;
    }

    /** The other forms of the name {@code word} is (possibly inflected: "Türkiye'nin", "Қазақстанға"), or none. */
    List<String> alternatives(String word) {
        List<String> forms = byKey.get(key(word));
        if (forms == null) {
            return List.of();
        }
        // Forms with the same key in another script (Şımkent | Шымкент) are kept: the Turkish fields
        // do not transliterate, so only the name list joins them.
        return forms.stream().filter(form -> !form.equalsIgnoreCase(word)).toList();
    }

    /** Script- and spelling-insensitive: lower case (either I), no apostrophe suffix, loose Latin key, light stem. */
    static String key(String word) {
        String lower = word.replace('İ', 'i').replace('I', 'i').toLowerCase(Folding.TURKISH);
        int apostrophe = Folding.apostrophes(lower).indexOf('\'');
        if (apostrophe > 0) {
            lower = lower.substring(0, apostrophe);
        }
        return SuffixStripper.KAZAKH.stem(Folding.loose(lower));
    }

    static EquivalentNames load(String resource) {
        Map<String, List<String>> byKey = new HashMap<>();
        try (InputStream in = EquivalentNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> forms = Arrays.stream(line.split("\\|")).map(String::strip).filter(f -> !f.isEmpty()).toList();
                for (String form : forms) {
                    if (!form.contains(" ")) {
                        byKey.computeIfAbsent(key(form), k -> new ArrayList<>()).addAll(forms);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byKey.replaceAll((k, forms) -> forms.stream().distinct().toList());
        return new EquivalentNames(Map.copyOf(byKey));
    }
}
