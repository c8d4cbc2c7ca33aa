package kopru.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kopru.i18n.Lang;

/** The analysed terms a query looks for, per language and field variant: what snippets mark. */
final class QueryTerms {
    private final Map<Lang, Set<String>> exact = new EnumMap<>(Lang.class);
    private final Map<Lang, Set<String>> stems = new EnumMap<>(Lang.class);
    private final Map<Lang, Set<String>> prefixes = new EnumMap<>(Lang.class);

    QueryTerms() {
        for (Lang lang : SearchFields.LANGS) {
            exact.put(lang, new HashSet<>());
            stems.put(lang, new HashSet<>());
            prefixes.put(lang, new HashSet<>());
        }
    }

    void exact(Lang lang, String term) {
        exact.get(lang).add(term);
    }

    void stem(Lang lang, String term) {
        stems.get(lang).add(term);
    }

    void prefix(Lang lang, String term) {
        prefixes.get(lang).add(term);
    }

    /** Whether a word of the text matches: by its exact form, its stem, or (folded) by prefix. */
    boolean matches(Lang lang, String exactForm, String foldedForm, String stem) {
        if (exactForm != null && exact.get(lang).contains(exactForm)) {
            return true;
        }
        if (stem != null && stems.get(lang).contains(stem)) {
            return true;
        }
        if (foldedForm != null) {
            for (String prefix : prefixes.get(lang)) {
                if (foldedForm.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isEmpty(List<Lang> langs) {
        return langs.stream().allMatch(l -> exact.get(l).isEmpty() && stems.get(l).isEmpty() && prefixes.get(l).isEmpty());
    }
}
