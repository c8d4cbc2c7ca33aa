/** The public site: home, article and tag pages, their page cache, and error pages. */
package kopru.site;
