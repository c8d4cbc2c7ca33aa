package kopru.feed;

import kopru.i18n.Lang;
import kopru.site.PublicArticles;
import kopru.site.SiteUrls;
import kopru.story.Kind;
import kopru.story.Tag;

/** Which stories a feed carries: all, one language, or one language's tag or kind. */
record FeedScope(Lang lang, Tag tag, Kind kind) {

    PublicArticles.Filter filter() {
        return new PublicArticles.Filter(lang, tag, kind);
    }

    /** The folder the feed files live in: "", "/tr", "/tr/tag/deprem" or "/tr/kind/news". */
    String path() {
        if (lang == null) {
            return "";
        }
        if (tag != null) {
            return SiteUrls.tag(lang, tag.key);
        }
        return "/" + lang.code() + (kind != null ? "/kind/" + kind.code() : "");
    }

    /** The HTML page readers of this feed would visit. */
    String homePath() {
        if (lang == null) {
            return "/";
        }
        return tag != null ? SiteUrls.tag(lang, tag.key) : SiteUrls.home(lang);
    }
}
