package kopru.story;

/**
 * What an editor (or a content file) writes for one language version, normalised: optional
 * fields blank → null, surrounding spaces gone. A null slug means "make it from the title".
 */
public record ArticleText(String title, String summary, String slug, String dateline, String author, String body) {
    public ArticleText {
        title = title == null ? null : title.strip();
        summary = blankToNull(summary);
        slug = blankToNull(slug);
        dateline = blankToNull(dateline);
        author = blankToNull(author);
        body = body == null ? "" : body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
