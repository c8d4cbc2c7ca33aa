/** Feeds for partners and readers: RSS 2.0 and Atom (Rome), JSON Feed 1.1, sitemaps and robots.txt. */
package kopru.feed;
