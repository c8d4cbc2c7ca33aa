package kopru.search;

import java.util.Optional;
import kopru.i18n.Lang;
import kopru.story.Kind;

/** Reads the search parameters shared by the API and the page; anything malformed is a {@link SearchInputException}. */
final class SearchParams {
    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;
    /**
     * The deepest result a search shows: {@code page × size} at most this. Ranking needs the best {@code 2 × depth}
     * articles, so the cap bounds every search's memory and time (a page of 10,000,000 once asked Lucene for a
     * top list of billions); a reader who pages past 100 pages of ten wants a narrower search instead.
     */
    static final int MAX_DEPTH = 1000;
    private static final int MAX_TAG = 80;

    private SearchParams() {
    }

    static SearchRequest read(String q, String lang, String tag, String kind, String year, String page, String size, Lang preferred) {
        int pageNumber = page(page);
        int pageSize = size(size);
        if ((long) pageNumber * pageSize > MAX_DEPTH) {
            throw new SearchInputException(msg -> msg.searchTooDeep(MAX_DEPTH));
        }
        return new SearchRequest(q, language(lang), tag(tag), kind(kind), year(year), pageNumber, pageSize, preferred);
    }

    /** The last page a search of {@code size} a page may ask for. */
    static int lastPage(int size) {
        return MAX_DEPTH / size;
    }

    /** The language errors are reported in: the {@code lang} parameter when it names one, else Turkish. */
    static Lang errorLanguage(String lang) {
        return lang == null ? Lang.TR : Lang.of(lang).orElse(Lang.TR);
    }

    /** Null for both languages. */
    static Lang language(String raw) {
        if (blank(raw) || raw.equals("all")) {
            return null;
        }
        return Lang.of(raw).orElseThrow(() -> new SearchInputException(msg -> msg.searchBadLang()));
    }

    private static String tag(String raw) {
        if (blank(raw)) {
            return null;
        }
        if (raw.length() > MAX_TAG) {
            throw new SearchInputException(msg -> msg.searchBadTag());
        }
        return raw;
    }

    private static String kind(String raw) {
        if (blank(raw)) {
            return null;
        }
        return Kind.of(raw).map(Kind::code).orElseThrow(() -> new SearchInputException(msg -> msg.searchBadKind()));
    }

    private static Integer year(String raw) {
        if (blank(raw)) {
            return null;
        }
        if (!raw.matches("[0-9]{4}")) {
            throw new SearchInputException(msg -> msg.searchBadYear());
        }
        return Integer.parseInt(raw);
    }

    private static int page(String raw) {
        return number(raw, 1, Integer.MAX_VALUE).orElseThrow(() -> new SearchInputException(msg -> msg.badPage()));
    }

    private static int size(String raw) {
        return number(raw, DEFAULT_SIZE, MAX_SIZE).orElseThrow(() -> new SearchInputException(msg -> msg.searchBadSize(MAX_SIZE)));
    }

    private static Optional<Integer> number(String raw, int absent, int max) {
        if (blank(raw)) {
            return Optional.of(absent);
        }
        if (raw.length() > 9 || !raw.matches("[1-9][0-9]*")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(raw);
        return value <= max ? Optional.of(value) : Optional.empty();
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
