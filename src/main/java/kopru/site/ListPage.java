package kopru.site;

import java.util.List;

/** Home and tag pages: a heading and a paged list of stories. */
public record ListPage(PageMeta meta, String heading, List<ArticleCard> cards, String emptyText, Pager pager) {
}
