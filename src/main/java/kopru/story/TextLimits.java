package kopru.story;

/**
 * The longest text an article's fields may hold, in characters after trimming, one set for the editor form and the
 * write API (content files are the editors' own and not limited here). A body over {@link #BODY} is refused with
 * 413: every page, feed and search result that shows the story would carry it.
 */
public final class TextLimits {
    public static final int TITLE = 300;
    public static final int SUMMARY = 2_000;
    public static final int DATELINE = 120;
    public static final int AUTHOR = 200;
    public static final int SLUG = 120;
    public static final int BODY = 200_000;
    /** The tag list as typed in the editor form. */
    public static final int TAGS = 1_000;

    private TextLimits() {
    }
}
