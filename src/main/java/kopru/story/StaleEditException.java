package kopru.story;

import kopru.i18n.Lang;

/** A save that started from an older version of an article than the stored one. Nothing was written. */
public class StaleEditException extends RuntimeException {
    public final Lang lang;
    public final long currentVersion;

    public StaleEditException(Lang lang, long currentVersion) {
        super("the " + lang + " article was changed by someone else meanwhile (now version " + currentVersion
                + "): reload it, merge your changes and save again");
        this.lang = lang;
        this.currentVersion = currentVersion;
    }
}
