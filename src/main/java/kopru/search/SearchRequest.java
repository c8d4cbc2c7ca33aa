package kopru.search;

import kopru.i18n.Lang;

/**
 * A validated search: {@code lang} null means both languages; {@code tag}, {@code kind} and {@code year}
 * are optional filters; {@code preferred} is the reader's language, shown first when a story matched in both.
 */
public record SearchRequest(String query, Lang lang, String tag, String kind, Integer year, int page, int size, Lang preferred) {
}
