package kopru.site;

/** A tag with its label in the page's language and its page URL. */
public record TagLink(String key, String label, String url) {
}
