package kopru.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** RSS 2.0 and Atom 1.0 through Rome's feed models (dates, escaping and namespaces are Rome's job). */
@ApplicationScoped
class RomeFeedWriter {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    /** Köprü's own elements: {@code <kopru:embargo>} on an item the public cannot see before that time. */
    private static final Namespace KOPRU = Namespace.getNamespace("kopru", "urn:kopru:feed");
    /** Minutes a reader may wait before polling again; ETag makes polling cheap anyway. */
    private static final int TTL_MINUTES = 15;

    String write(FeedContent content, FeedFormat format) {
        WireFeed feed = format == FeedFormat.RSS ? rss(content) : atom(content);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static Channel rss(FeedContent content) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(content.title());
        channel.setLink(content.homeUrl());
        channel.setDescription(content.description());
        channel.setLanguage(content.language());
        channel.setGenerator("Köprü");
        channel.setTtl(TTL_MINUTES);
        channel.setLastBuildDate(date(content.updated()));
        channel.setPubDate(date(content.updated()));
        List<Element> links = new ArrayList<>();
        for (Link link : pagingLinks(content)) {
            Element element = new Element("link", ATOM).setAttribute("rel", link.getRel()).setAttribute("href", link.getHref());
            links.add(link.getRel().equals("hub") ? element : element.setAttribute("type", FeedFormat.RSS.mediaType()));
        }
        channel.setForeignMarkup(links);
        channel.setItems(content.items().stream().map(item -> rssItem(item, content.language() == null, content.title())).toList());
        return channel;
    }

    private static Item rssItem(FeedItem source, boolean markLanguage, String publisher) {
        Item item = new Item();
        item.setTitle(source.title());
        item.setLink(source.url());
        Guid guid = new Guid();
        guid.setValue(source.url());
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(date(source.published()));
        if (source.summary() != null) {
            Description description = new Description();
            description.setType("text/plain");
            description.setValue(source.summary());
            item.setDescription(description);
        }
        Content html = new Content();
        html.setType(Content.HTML);
        html.setValue(source.html());
        item.setContent(html);
        item.setCategories(source.categories().stream().map(label -> {
            Category category = new Category();
            category.setValue(label);
            return category;
        }).toList());
        item.setModules(dublinCore(source, markLanguage, publisher));
        item.setForeignMarkup(embargo(source));
        return item;
    }

    private static Feed atom(FeedContent content) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(content.selfUrl());
        feed.setTitle(content.title());
        feed.setSubtitle(text(content.description()));
        feed.setLanguage(content.language());
        feed.setUpdated(date(content.updated()));
        feed.setAlternateLinks(List.of(link("alternate", content.homeUrl(), "text/html")));
        feed.setOtherLinks(pagingLinks(content).stream()
                .peek(link -> link.setType(link.getRel().equals("hub") ? null : FeedFormat.ATOM.mediaType())).toList());
        Person publisher = new Person();
        publisher.setName(content.title());
        feed.setAuthors(List.of(publisher));
        feed.setEntries(content.items().stream().map(item -> atomEntry(item, content.language() == null)).toList());
        return feed;
    }

    private static Entry atomEntry(FeedItem source, boolean markLanguage) {
        Entry entry = new Entry();
        entry.setId(source.url());
        entry.setTitle(source.title());
        entry.setAlternateLinks(List.of(link("alternate", source.url(), "text/html")));
        entry.setPublished(date(source.published()));
        entry.setUpdated(date(source.modified()));
        if (source.summary() != null) {
            entry.setSummary(text(source.summary()));
        }
        com.rometools.rome.feed.atom.Content html = new com.rometools.rome.feed.atom.Content();
        html.setType(com.rometools.rome.feed.atom.Content.HTML);
        html.setValue(source.html());
        entry.setContents(List.of(html));
        if (source.author() != null) {
            Person author = new Person();
            author.setName(source.author());
            entry.setAuthors(List.of(author));
        }
        entry.setCategories(source.categories().stream().map(label -> {
            com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
            category.setTerm(label);
            return category;
        }).toList());
        if (markLanguage) {
            entry.setModules(dublinCore(source, true, null));
        }
        entry.setForeignMarkup(embargo(source));
        return entry;
    }

    /**
     * dc:creator for the author (RSS's own author element wants an e-mail address), else the publisher (RSS has no
     * feed-level author for an item to inherit, as Atom's entries do); dc:language when feeds mix languages.
     */
    private static List<Module> dublinCore(FeedItem source, boolean markLanguage, String publisher) {
        DCModuleImpl dc = new DCModuleImpl();
        String creator = source.author() != null ? source.author() : publisher;
        if (creator != null) {
            dc.setCreator(creator);
        }
        if (markLanguage) {
            dc.setLanguage(source.lang());
        }
        return List.of(dc);
    }

    private static List<Element> embargo(FeedItem source) {
        if (source.embargo() == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(new Element("embargo", KOPRU).setText(source.embargo().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME))));
    }

    /** rel=self always; rel=hub with WebSub; first/previous/next/last when the feed has several pages (RFC 5005, section 3). */
    private static List<Link> pagingLinks(FeedContent content) {
        List<Link> links = new ArrayList<>();
        links.add(link("self", content.selfUrl(), null));
        if (content.hubUrl() != null) {
            links.add(link("hub", content.hubUrl(), null));
        }
        if (content.firstUrl() != null) {
            links.add(link("first", content.firstUrl(), null));
        }
        if (content.previousUrl() != null) {
            links.add(link("previous", content.previousUrl(), null));
        }
        if (content.nextUrl() != null) {
            links.add(link("next", content.nextUrl(), null));
        }
        if (content.lastUrl() != null) {
            links.add(link("last", content.lastUrl(), null));
        }
        return links;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static com.rometools.rome.feed.atom.Content text(String value) {
        com.rometools.rome.feed.atom.Content content = new com.rometools.rome.feed.atom.Content();
        content.setType(com.rometools.rome.feed.atom.Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
