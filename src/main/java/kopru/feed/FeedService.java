package kopru.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.i18n.Messages;
import kopru.i18n.Texts;
import kopru.platform.KopruConfig;
import kopru.site.PageResponder;
import kopru.site.PublicArticles;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Story;

/** Builds a feed of public articles in one format; paged per RFC 5005 so partners can backfill. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {
    static final int PAGE_SIZE = 50;

    @Inject
    PublicArticles articles;
    @Inject
    SiteUrls urls;
    @Inject
    KopruConfig config;
    @Inject
    RomeFeedWriter rome;
    @Inject
    JsonFeedWriter json;

    /** Empty when the page is past the last one. */
    Optional<PageResponder.Rendered> build(FeedScope scope, FeedFormat format, int page, OffsetDateTime now) {
        long count = articles.count(scope.filter(), now);
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pages) {
            return Optional.empty();
        }
        List<FeedItem> items = articles.list(scope.filter(), now, page, PAGE_SIZE).stream().map(this::item).toList();
        OffsetDateTime updated = items.stream().map(FeedItem::modified).max(OffsetDateTime::compareTo).orElse(PublicArticles.NOTHING_YET);
        String self = urls.absolute(scope.path() + "/" + format.file());
        FeedContent content = new FeedContent(title(scope), description(scope), scope.lang() == null ? null : scope.lang().code(),
                urls.absolute(scope.homePath()), page == 1 ? self : self + "?page=" + page, updated, items,
                pages > 1 ? self : null, page > 1 ? pageUrl(self, page - 1) : null, page < pages ? pageUrl(self, page + 1) : null,
                pages > 1 ? pageUrl(self, pages) : null, config.websubHub().orElse(null));
        String body = format == FeedFormat.JSON ? json.write(content) : rome.write(content, format);
        return Optional.of(new PageResponder.Rendered(body, format.contentType(), content.language(), updated.toInstant()));
    }

    /**
     * The absolute URLs of every feed a story's article appears in: both-language, language, tag and kind
     * feeds. Without the story (deleted), only the first two.
     */
    List<String> feedsOf(Story story, Lang lang) {
        List<FeedScope> scopes = new java.util.ArrayList<>(List.of(new FeedScope(null, null, null), new FeedScope(lang, null, null)));
        if (story != null) {
            scopes.add(new FeedScope(lang, null, story.kind));
            story.tags.forEach(tag -> scopes.add(new FeedScope(lang, tag, null)));
        }
        return scopes.stream().flatMap(scope -> java.util.Arrays.stream(FeedFormat.values())
                .map(format -> urls.absolute(scope.path() + "/" + format.file()))).toList();
    }

    private FeedItem item(Article article) {
        Story story = article.story;
        return new FeedItem(urls.absolute(SiteUrls.article(article)), article.lang.code(), article.title, article.summary,
                article.html, article.publishedAt, article.lastChanged(), article.author,
                story.tags.stream().map(tag -> tag.label(article.lang)).toList());
    }

    private static String pageUrl(String self, int page) {
        return page == 1 ? self : self + "?page=" + page;
    }

    /** "Köprü", "Köprü · Etiket: Deprem", "Köprü · Basın bültenleri"; both site names for the feed of both languages. */
    private static String title(FeedScope scope) {
        if (scope.lang() == null) {
            return Texts.of(Lang.TR).siteName() + " · " + Texts.of(Lang.KK).siteName();
        }
        Messages msg = Texts.of(scope.lang());
        if (scope.tag() != null) {
            return msg.siteName() + " · " + msg.tagTitle(scope.tag().label(scope.lang()));
        }
        return scope.kind() == null ? msg.siteName() : msg.siteName() + " · " + kindPlural(scope.kind(), msg);
    }

    private static String description(FeedScope scope) {
        if (scope.lang() == null) {
            return Texts.of(Lang.TR).siteTagline() + " · " + Texts.of(Lang.KK).siteTagline();
        }
        return Texts.of(scope.lang()).siteTagline();
    }

    static String kindPlural(Kind kind, Messages msg) {
        return switch (kind) {
            case NEWS -> msg.kindNewsPlural();
            case PRESS_RELEASE -> msg.kindPressReleasePlural();
            case STATEMENT -> msg.kindStatementPlural();
        };
    }
}
