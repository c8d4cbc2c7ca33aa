package kopru.site;

/** A 4xx/5xx page in the reader's language. */
public record ErrorPage(PageMeta meta, int status, String heading, String text) {
}
