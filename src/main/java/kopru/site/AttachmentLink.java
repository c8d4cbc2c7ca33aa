package kopru.site;

/** An attachment on the public page: its title in the page's language, file type and size. */
public record AttachmentLink(String title, String url, String type, String size) {
}
