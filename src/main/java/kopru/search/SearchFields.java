package kopru.search;

import java.util.List;
import kopru.i18n.Lang;

/** Every Lucene field name of the index, in one place. */
final class SearchFields {
    /** Bump when documents or analysis change: an index of another version is rebuilt at start. */
    static final int SCHEMA_VERSION = 3;

    /** One document per public article: "story-key/lang". */
    static final String ID = "id";
    static final String STORY = "story";
    /** The story's database id as doc values, to collapse hits by story. */
    static final String STORY_ID = "story_id";
    static final String LANG = "lang";
    static final String LANG_ORD = "lang_ord";
    static final String KIND = "kind";
    static final String KIND_ORD = "kind_ord";
    static final String TAG = "tag";
    static final String YEAR = "year";
    /** Publish time, epoch seconds, as doc values (recency) and stored as ISO text in the language's zone. */
    static final String PUBLISHED = "published";

    // Stored originals: what hits show and snippets are cut from.
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String URL = "url";
    static final String TRANSLATIONS = "translations";

    /** The text sections, each indexed per language in an exact and a stemmed variant. */
    enum Section {
        TITLE(SearchFields.TITLE, 3.0f), SUMMARY(SearchFields.SUMMARY, 1.6f), BODY(SearchFields.BODY, 1.0f);

        final String name;
        final float boost;

        Section(String name, float boost) {
            this.name = name;
            this.boost = boost;
        }
    }

    /** How a text field is analysed; see {@link SearchAnalyzers}. */
    enum Variant {
        /** Language-correct lower case, no stemming: exact spelling ranks first. */
        EXACT("exact"),
        /** Folded to ASCII (Kazakh: a loose Latin key) and lightly stemmed. */
        STEM("stem"),
        /** Folded, unstemmed, all sections in one field: matched by prefix and used for spelling. */
        PREFIX("prefix");

        final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }
    }

    static final List<Lang> LANGS = List.of(Lang.TR, Lang.KK);

    private SearchFields() {
    }

    static String text(Section section, Lang lang, Variant variant) {
        return section.name + "." + lang.code() + "." + variant.suffix;
    }

    /** The language of a text field ({@link #text} or {@link #prefix}). */
    static Lang lang(String textField) {
        String[] parts = textField.split("\\.");
        return Lang.of(parts.length == 3 ? parts[1] : "").orElseThrow(() -> new IllegalArgumentException("not a text field: " + textField));
    }

    static String prefix(Lang lang) {
        return "any." + lang.code() + "." + Variant.PREFIX.suffix;
    }
}
