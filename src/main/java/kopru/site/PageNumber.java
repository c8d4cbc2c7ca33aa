package kopru.site;

import kopru.i18n.Lang;

/** Parses the {@code ?page=} parameter: absent means 1; anything but a positive number is a 400. */
public final class PageNumber {
    private static final int MAX_DIGITS = 9;

    private PageNumber() {
    }

    public static int parse(String raw, Lang lang) {
        if (raw == null || raw.isEmpty()) {
            return 1;
        }
        if (!isCanonical(raw)) {
            throw new BadPageException(lang);
        }
        return Integer.parseInt(raw);
    }

    /** Digits only, no leading zero, small enough for an int. */
    static boolean isCanonical(String raw) {
        return raw.length() <= MAX_DIGITS && raw.matches("[1-9][0-9]*");
    }
}
