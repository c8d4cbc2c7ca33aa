package kopru.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.i18n.Messages;
import kopru.i18n.Texts;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.Tag;

/** Builds the public pages' views from the database. Rendering and caching happen in {@link SiteResource}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SitePages {
    static final int PAGE_SIZE = 10;

    @Inject
    PublicArticles articles;
    @Inject
    SiteUrls urls;
    @Inject
    ObjectMapper json;

    /** Empty when the page number is past the last page. */
    public Optional<ListPage> home(Lang lang, int page, OffsetDateTime now) {
        Messages msg = Texts.of(lang);
        int pages = pages(articles.count(PublicArticles.Filter.of(lang), now));
        if (page > pages) {
            return Optional.empty();
        }
        List<Article> listed = articles.list(PublicArticles.Filter.of(lang), now, page, PAGE_SIZE);
        List<ArticleCard> cards = listed.stream().map(this::card).toList();
        String path = SiteUrls.home(lang, page);
        List<PageMeta.Alternate> alternates = List.of(
                new PageMeta.Alternate(lang.code(), urls.absolute(path)),
                new PageMeta.Alternate(lang.other().code(), urls.absolute(SiteUrls.home(lang.other()))),
                new PageMeta.Alternate("x-default", urls.absolute("/")));
        String title = page == 1 ? msg.siteName() : msg.siteName() + " · " + msg.pageOf(page, pages);
        PageMeta meta = meta(lang, title, msg.siteTagline(), path, alternates, SiteUrls.home(lang.other()), otherHome(lang), "website", null, newest(listed, PublicArticles.NOTHING_YET));
        Pager pager = new Pager(page, pages, page > 1 ? SiteUrls.home(lang, page - 1) : null,
                page < pages ? SiteUrls.home(lang, page + 1) : null);
        return Optional.of(new ListPage(meta, msg.latest(), cards, msg.homeEmpty(), pager));
    }

    /** Empty when the tag is unknown or the page number is past the last page. */
    public Optional<ListPage> tag(Lang lang, String tagKey, int page, OffsetDateTime now) {
        Optional<Tag> found = Tag.findByKey(tagKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = found.get();
        Messages msg = Texts.of(lang);
        PublicArticles.Filter filter = new PublicArticles.Filter(lang, tag, null);
        int pages = pages(articles.count(filter, now));
        if (page > pages) {
            return Optional.empty();
        }
        List<Article> listed = articles.list(filter, now, page, PAGE_SIZE);
        List<ArticleCard> cards = listed.stream().map(this::card).toList();
        String path = SiteUrls.tag(lang, tag.key, page);
        String otherPath = SiteUrls.tag(lang.other(), tag.key);
        List<PageMeta.Alternate> alternates = List.of(
                new PageMeta.Alternate(lang.code(), urls.absolute(path)),
                new PageMeta.Alternate(lang.other().code(), urls.absolute(otherPath)),
                new PageMeta.Alternate("x-default", urls.absolute(SiteUrls.tag(Lang.TR, tag.key))));
        String heading = msg.tagTitle(tag.label(lang));
        PageMeta meta = meta(lang, heading + " · " + msg.siteName(), heading, path, alternates, otherPath,
                Texts.of(lang.other()).tagTitle(tag.label(lang.other())), "website", null, newest(listed, PublicArticles.NOTHING_YET));
        Pager pager = new Pager(page, pages, page > 1 ? SiteUrls.tag(lang, tag.key, page - 1) : null,
                page < pages ? SiteUrls.tag(lang, tag.key, page + 1) : null);
        return Optional.of(new ListPage(meta, heading, cards, msg.tagEmpty(), pager));
    }

    public ArticlePage article(Article article, OffsetDateTime now) {
        Lang lang = article.lang;
        Messages msg = Texts.of(lang);
        Story story = article.story;
        String path = SiteUrls.article(article);
        List<Article> translations = articles.translations(story, lang, now);
        List<PageMeta.Alternate> alternates = new ArrayList<>();
        alternates.add(new PageMeta.Alternate(lang.code(), urls.absolute(path)));
        translations.forEach(t -> alternates.add(new PageMeta.Alternate(t.lang.code(), urls.absolute(SiteUrls.article(t)))));
        Article xDefault = translations.stream().filter(t -> t.lang == story.original).findFirst().orElse(article);
        alternates.add(new PageMeta.Alternate("x-default", urls.absolute(SiteUrls.article(xDefault))));
        String switchHref = translations.isEmpty() ? SiteUrls.home(lang.other()) : SiteUrls.article(translations.get(0));
        String switchLabel = translations.isEmpty() ? otherHome(lang) : msg.otherVersion();
        List<TagLink> tags = tags(story, lang);
        String published = iso(article.publishedAt, article.lang);
        String updated = iso(article.lastChanged(), lang);
        String description = article.summary != null ? article.summary : article.title;
        PageMeta meta = meta(lang, article.title + " · " + msg.siteName(), description, path, alternates, switchHref,
                switchLabel, "article", jsonLd(article, path, published, updated, msg), newest(translations, article.lastChanged()));
        String releaseLine = story.kind != Kind.PRESS_RELEASE ? null
                : story.embargo == null ? msg.forImmediateRelease() : msg.embargoedUntil(Texts.dateTime(story.embargo, lang));
        boolean wasUpdated = article.updatedAt.isAfter(article.publishedAt.plusMinutes(1));
        return new ArticlePage(meta, article.title, article.summary, article.html, story.kind.code(), kindLabel(story.kind, msg),
                article.dateline, releaseLine, article.author, Texts.dateTime(article.publishedAt, lang), published,
                wasUpdated ? Texts.dateTime(article.updatedAt, lang) : null, updated, tags, contacts(story, lang), article.aboutHtml,
                attachments(story, lang));
    }

    /**
     * Meta for a page that is not cached and exists in both languages at {@code path} / {@code otherPath}
     * (the search page): the language switch leads to the twin page.
     */
    public PageMeta plainMeta(Lang lang, String title, String description, String path, String otherPath) {
        Messages msg = Texts.of(lang);
        List<PageMeta.Alternate> alternates = List.of(
                new PageMeta.Alternate(lang.code(), urls.absolute(path)),
                new PageMeta.Alternate(lang.other().code(), urls.absolute(otherPath)));
        String switchLabel = lang == Lang.TR ? msg.langKk() : msg.langTr();
        return meta(lang, title + " · " + msg.siteName(), description, path, alternates, otherPath, switchLabel, "website", null, PublicArticles.NOTHING_YET);
    }

    public ErrorPage error(Lang lang, int status, String heading, String text) {
        Messages msg = Texts.of(lang);
        PageMeta meta = meta(lang, heading + " · " + msg.siteName(), text, SiteUrls.home(lang),
                List.of(), SiteUrls.home(lang.other()), otherHome(lang), "website", null, PublicArticles.NOTHING_YET);
        return new ErrorPage(meta, status, heading, text);
    }

    private static List<PressContactView> contacts(Story story, Lang lang) {
        return story.contacts.stream().map(c -> new PressContactView(c.name, c.role(lang), c.phone, c.email)).toList();
    }

    private static List<AttachmentLink> attachments(Story story, Lang lang) {
        return story.attachments.stream()
                .map(a -> new AttachmentLink(a.title(lang), a.media.url(), a.media.format().name(), a.media.displaySize())).toList();
    }

    private ArticleCard card(Article article) {
        Messages msg = Texts.of(article.lang);
        return new ArticleCard(article.title, article.summary, SiteUrls.article(article), article.story.kind.code(),
                kindLabel(article.story.kind, msg), Texts.date(article.publishedAt, article.lang), iso(article.publishedAt, article.lang),
                tags(article.story, article.lang));
    }

    private static List<TagLink> tags(Story story, Lang lang) {
        return story.tags.stream().map(t -> new TagLink(t.key, t.label(lang), SiteUrls.tag(lang, t.key))).toList();
    }

    private PageMeta meta(Lang lang, String title, String description, String path, List<PageMeta.Alternate> alternates,
            String switchHref, String switchLabel, String ogType, String jsonLd, OffsetDateTime modified) {
        return new PageMeta(lang.code(), title, description, urls.absolute(path), alternates, switchHref, switchLabel,
                lang.other().code(), ogType, ogLocale(lang), List.of(ogLocale(lang.other())), jsonLd, feeds(lang, path, title),
                modified.toInstant());
    }

    /** The page's own language's feeds first (a tag page's tag feeds before them), then the other language's. */
    private static List<PageMeta.FeedLink> feeds(Lang lang, String path, String pageTitle) {
        List<PageMeta.FeedLink> feeds = new ArrayList<>();
        String tagPrefix = "/" + lang.code() + "/tag/";
        if (path.startsWith(tagPrefix)) {
            String tagFolder = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            feeds.addAll(feedLinks(tagFolder, pageTitle));
        }
        feeds.addAll(feedLinks("/" + lang.code(), Texts.of(lang).siteName()));
        feeds.addAll(feedLinks("/" + lang.other().code(), Texts.of(lang.other()).siteName() + " (" + lang.other().code() + ")"));
        return feeds;
    }

    private static List<PageMeta.FeedLink> feedLinks(String folder, String title) {
        return List.of(new PageMeta.FeedLink("application/rss+xml", title + " (RSS)", folder + "/rss.xml"),
                new PageMeta.FeedLink("application/atom+xml", title + " (Atom)", folder + "/atom.xml"),
                new PageMeta.FeedLink("application/feed+json", title + " (JSON Feed)", folder + "/feed.json"));
    }

    /** The latest change among the listed articles, never earlier than {@code floor}. */
    private static OffsetDateTime newest(List<Article> list, OffsetDateTime floor) {
        return list.stream().map(Article::lastChanged).filter(floor::isBefore).max(OffsetDateTime::compareTo).orElse(floor);
    }

    private String jsonLd(Article article, String path, String published, String updated, Messages msg) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", urls.absolute(path));
        data.put("headline", article.title);
        if (article.summary != null) {
            data.put("description", article.summary);
        }
        if (article.dateline != null) {
            data.put("dateline", article.dateline);
        }
        data.put("inLanguage", article.lang.code());
        data.put("datePublished", published);
        data.put("dateModified", updated);
        data.put("author", Map.of("@type", article.author == null ? "Organization" : "Person",
                "name", article.author == null ? msg.siteName() : article.author));
        data.put("publisher", Map.of("@type", "Organization", "name", msg.siteName(), "url", urls.absolute("/")));
        data.put("articleSection", kindLabel(article.story.kind, msg));
        data.put("keywords", article.story.tags.stream().map(t -> t.label(article.lang)).toList());
        pressJsonLd(article, msg, data);
        try {
            // "<" escaped so that no text can close the <script> element the JSON sits in.
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Contacts as the publisher's contact points; attachments as associated media objects (schema.org). */
    private void pressJsonLd(Article article, Messages msg, Map<String, Object> data) {
        Story story = article.story;
        if (!story.contacts.isEmpty()) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (var contact : story.contacts) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("@type", "ContactPoint");
                point.put("name", contact.name);
                point.put("contactType", contact.role(article.lang) != null ? contact.role(article.lang) : msg.mediaContacts());
                if (contact.phone != null) {
                    point.put("telephone", contact.phone);
                }
                if (contact.email != null) {
                    point.put("email", contact.email);
                }
                points.add(point);
            }
            data.put("sourceOrganization", Map.of("@type", "Organization", "name", msg.siteName(), "url", urls.absolute("/"),
                    "contactPoint", points));
        }
        if (!story.attachments.isEmpty()) {
            data.put("associatedMedia", story.attachments.stream().map(a -> {
                Map<String, Object> media = new LinkedHashMap<>();
                media.put("@type", a.media.isImage() ? "ImageObject" : "MediaObject");
                media.put("name", a.title(article.lang));
                media.put("contentUrl", urls.absolute(a.media.url()));
                media.put("encodingFormat", a.media.contentType);
                media.put("contentSize", a.media.displaySize());
                if (a.media.isImage()) {
                    media.put("width", a.media.width);
                    media.put("height", a.media.height);
                    if (a.media.alt(article.lang) != null) {
                        media.put("caption", a.media.alt(article.lang));
                    }
                }
                return media;
            }).toList());
        }
    }

    static String kindLabel(Kind kind, Messages msg) {
        return switch (kind) {
            case NEWS -> msg.kindNews();
            case PRESS_RELEASE -> msg.kindPressRelease();
            case STATEMENT -> msg.kindStatement();
        };
    }

    private static String otherHome(Lang lang) {
        return Texts.of(lang).otherHome();
    }

    private static String ogLocale(Lang lang) {
        return lang == Lang.TR ? "tr_TR" : "kk_KZ";
    }

    /** ISO-8601 in the language's own zone: what readers and partners see in metadata. */
    private static String iso(OffsetDateTime time, Lang lang) {
        return time.atZoneSameInstant(lang.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static int pages(long count) {
        return (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
