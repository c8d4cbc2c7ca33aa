package kopru.site;

import java.util.List;

/**
 * What the layout needs about any public page: language, titles, canonical and alternate
 * URLs (absolute), the language switch, Open Graph and JSON-LD; {@code modified} feeds Last-Modified.
 */
public record PageMeta(String lang, String title, String description, String canonical, List<Alternate> alternates,
        String switchHref, String switchLabel, String switchLang, String ogType, String ogLocale,
        List<String> ogLocaleAlternates, String jsonLd, List<FeedLink> feeds, java.time.Instant modified) {

    /** A {@code <link rel="alternate" hreflang>} entry. */
    public record Alternate(String hreflang, String href) {
    }

    /** A feed autodiscovery link: {@code <link rel="alternate" type title href>}. */
    public record FeedLink(String type, String title, String href) {
    }
}
