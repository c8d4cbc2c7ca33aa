package kopru.site;

import java.util.List;

/**
 * The cache key of a public page: its path plus a canonical page number. The Vert.x fast path
 * and the JAX-RS resources must agree on it, so both call here.
 */
public final class PageKeys {
    /** Paths whose answers are never cached pages: looking them up would only count misses. */
    private static final List<String> NEVER = List.of("/admin", "/api/", "/q/", "/media/", "/static/");

    private PageKeys() {
    }

    /** Whether {@code path} may be a cached page at all. */
    static boolean mayBeCached(String path) {
        return NEVER.stream().noneMatch(path::startsWith) && !path.endsWith("/search");
    }

    /** @return the key, or null when the page parameter is not a plain positive number (not cacheable) */
    public static String of(String path, String pageParam) {
        if (pageParam == null || pageParam.equals("1")) {
            return path;
        }
        return PageNumber.isCanonical(pageParam) ? path + "?page=" + pageParam : null;
    }
}
