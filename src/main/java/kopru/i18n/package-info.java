/** The two languages: codes, locales, time zones, message bundles, dates and language negotiation. */
package kopru.i18n;
