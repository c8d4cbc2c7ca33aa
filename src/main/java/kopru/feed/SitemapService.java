package kopru.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kopru.i18n.Lang;
import kopru.i18n.Texts;
import kopru.site.PageResponder;
import kopru.site.PublicArticles;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Story;
import kopru.story.Tag;

/**
 * Sitemaps for crawlers (sitemaps.org with hreflang alternates, and Google News), written with the
 * JDK's StAX writer so that escaping is never hand-made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SitemapService {
    static final String XML = "application/xml;charset=UTF-8";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** A sitemap file holds at most 50,000 URLs; beyond that it would need splitting. */
    private static final int MAX_URLS = 50_000;
    private static final int NEWS_MAX = 1_000;

    @Inject
    PublicArticles articles;
    @Inject
    SiteUrls urls;

    /** /sitemap.xml: the index of the per-language sitemaps. */
    PageResponder.Rendered index(OffsetDateTime now) {
        return xml(PublicArticles.NOTHING_YET, out -> {
            out.writeStartElement("sitemapindex");
            out.writeDefaultNamespace(SITEMAP_NS);
            for (Lang lang : Lang.values()) {
                out.writeStartElement("sitemap");
                element(out, "loc", urls.absolute("/" + lang.code() + "/sitemap.xml"));
                out.writeEndElement();
            }
            out.writeEndElement();
        });
    }

    /** /{lang}/sitemap.xml: home, tag and article pages of one language, each with its hreflang alternates. */
    PageResponder.Rendered language(Lang lang, OffsetDateTime now) {
        List<Article> list = articles.list(PublicArticles.Filter.of(lang), now, 1, MAX_URLS);
        OffsetDateTime newest = list.stream().map(Article::lastChanged).max(OffsetDateTime::compareTo).orElse(PublicArticles.NOTHING_YET);
        return xml(newest, out -> {
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            out.writeNamespace("xhtml", XHTML_NS);
            url(out, SiteUrls.home(lang), newest, List.of(
                    alternate(lang.code(), SiteUrls.home(lang)), alternate(lang.other().code(), SiteUrls.home(lang.other())),
                    alternate("x-default", "/")));
            for (Tag tag : Tag.<Tag>listAll()) {
                url(out, SiteUrls.tag(lang, tag.key), null, List.of(
                        alternate(lang.code(), SiteUrls.tag(lang, tag.key)), alternate(lang.other().code(), SiteUrls.tag(lang.other(), tag.key))));
            }
            for (Article article : list) {
                url(out, SiteUrls.article(article), article.lastChanged(), alternates(article, now));
            }
            out.writeEndElement();
        });
    }

    /** /news-sitemap.xml: articles of both languages from the last two days, at most 1,000 (Google News rules). */
    PageResponder.Rendered news(OffsetDateTime now) {
        List<Article> recent = articles.list(new PublicArticles.Filter(null, null, null), now, 1, NEWS_MAX).stream()
                .filter(article -> article.publishedAt.isAfter(now.minusDays(2))).toList();
        OffsetDateTime newest = recent.stream().map(Article::lastChanged).max(OffsetDateTime::compareTo).orElse(PublicArticles.NOTHING_YET);
        return xml(newest, out -> {
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            out.writeNamespace("news", NEWS_NS);
            for (Article article : recent) {
                out.writeStartElement("url");
                element(out, "loc", urls.absolute(SiteUrls.article(article)));
                out.writeStartElement(NEWS_NS, "news");
                out.writeStartElement(NEWS_NS, "publication");
                out.writeStartElement(NEWS_NS, "name");
                out.writeCharacters(Texts.of(article.lang).siteName());
                out.writeEndElement();
                out.writeStartElement(NEWS_NS, "language");
                out.writeCharacters(article.lang.code());
                out.writeEndElement();
                out.writeEndElement();
                out.writeStartElement(NEWS_NS, "publication_date");
                out.writeCharacters(w3c(article.publishedAt));
                out.writeEndElement();
                out.writeStartElement(NEWS_NS, "title");
                out.writeCharacters(article.title);
                out.writeEndElement();
                out.writeEndElement();
                out.writeEndElement();
            }
            out.writeEndElement();
        });
    }

    private List<String[]> alternates(Article article, OffsetDateTime now) {
        Story story = article.story;
        List<Article> versions = story.articles.stream().filter(a -> a == article || kopru.story.Visibility.isPublic(a, now)).toList();
        Article xDefault = versions.stream().filter(a -> a.lang == story.original).findFirst().orElse(article);
        List<String[]> result = new java.util.ArrayList<>(versions.stream().map(a -> alternate(a.lang.code(), SiteUrls.article(a))).toList());
        result.add(alternate("x-default", SiteUrls.article(xDefault)));
        return result;
    }

    private void url(XMLStreamWriter out, String path, OffsetDateTime lastModified, List<String[]> alternates) throws XMLStreamException {
        out.writeStartElement("url");
        element(out, "loc", urls.absolute(path));
        if (lastModified != null) {
            element(out, "lastmod", w3c(lastModified));
        }
        for (String[] alternate : alternates) {
            out.writeEmptyElement(XHTML_NS, "link");
            out.writeAttribute("rel", "alternate");
            out.writeAttribute("hreflang", alternate[0]);
            out.writeAttribute("href", urls.absolute(alternate[1]));
        }
        out.writeEndElement();
    }

    private static String[] alternate(String hreflang, String path) {
        return new String[] {hreflang, path};
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static String w3c(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static PageResponder.Rendered xml(OffsetDateTime modified, Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            out.setPrefix("xhtml", XHTML_NS);
            out.setPrefix("news", NEWS_NS);
            out.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return new PageResponder.Rendered(text.toString(), XML, null, modified.toInstant());
    }
}
