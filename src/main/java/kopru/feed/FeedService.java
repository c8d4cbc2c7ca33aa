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

    /** Where a feed's articles come from, newest first; {@code page} counts from 1. */
    public interface FeedSource {
        long count(OffsetDateTime now);

        List<Article> list(OffsetDateTime now, int page, int size);
    }

    /** Empty when the page is past the last one. */
    Optional<PageResponder.Rendered> build(FeedScope scope, FeedFormat format, int page, OffsetDateTime now) {
        FeedSource source = new FeedSource() {
            @Override
            public long count(OffsetDateTime at) {
                return articles.count(scope.filter(), at);
            }

            @Override
            public List<Article> list(OffsetDateTime at, int number, int size) {
                return articles.list(scope.filter(), at, number, size);
            }
        };
        return build(source, scope, scope.path(), config.websubHub().orElse(null), format, page, now);
    }

    /**
     * A feed of other articles than the public ones (partners' feed with embargoed items), titled like the public
     * feed of {@code lang} (null: both languages), at {@code path} + "/" + the format's file, without a WebSub hub.
     */
    public Optional<PageResponder.Rendered> build(FeedSource source, Lang lang, String path, FeedFormat format, int page, OffsetDateTime now) {
        return build(source, new FeedScope(lang, null, null), path, null, format, page, now);
    }

    private Optional<PageResponder.Rendered> build(FeedSource source, FeedScope scope, String path, String hub, FeedFormat format, int page,
            OffsetDateTime now) {
        long count = source.count(now);
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pages) {
            return Optional.empty();
        }
        List<FeedItem> items = source.list(now, page, PAGE_SIZE).stream().map(article -> item(article, now)).toList();
        OffsetDateTime updated = items.stream().map(FeedItem::modified).max(OffsetDateTime::compareTo).orElse(PublicArticles.NOTHING_YET);
        String self = urls.absolute(path + "/" + format.file());
        FeedContent content = new FeedContent(title(scope), description(scope), scope.lang() == null ? null : scope.lang().code(),
                urls.absolute(scope.homePath()), page == 1 ? self : self + "?page=" + page, updated, items,
                pages > 1 ? self : null, page > 1 ? pageUrl(self, page - 1) : null, page < pages ? pageUrl(self, page + 1) : null,
                pages > 1 ? pageUrl(self, pages) : null, hub);
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

    /** An embargo still ahead is marked; public feeds never list such an article, so only partners' feed carries one. */
    private FeedItem item(Article article, OffsetDateTime now) {
        Story story = article.story;
        return new FeedItem(urls.absolute(SiteUrls.article(article)), article.lang.code(), article.title, article.summary,
                article.html, article.publishedAt, article.lastChanged(), article.author,
                story.tags.stream().map(tag -> tag.label(article.lang)).toList(),
                story.embargo != null && story.embargo.isAfter(now) ? story.embargo : null);
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
