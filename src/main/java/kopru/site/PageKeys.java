package kopru.site;

/**
 * The cache key of a public page: its path plus a canonical page number. The Vert.x fast path
 * and the JAX-RS resources must agree on it, so both call here.
 */
public final class PageKeys {
    private PageKeys() {
    }

    /** @return the key, or null when the page parameter is not a plain positive number (not cacheable) */
    public static String of(String path, String pageParam) {
        if (pageParam == null || pageParam.equals("1")) {
            return path;
        }
        return PageNumber.isCanonical(pageParam) ? path + "?page=" + pageParam : null;
    }
}
