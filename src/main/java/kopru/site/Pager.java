package kopru.site;

/** Previous/next links of a paged list; null where there is none. */
public record Pager(int page, int pages, String previous, String next) {
    public boolean needed() {
        return pages > 1;
    }
}
