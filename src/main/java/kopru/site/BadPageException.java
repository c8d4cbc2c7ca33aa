package kopru.site;

import kopru.i18n.Lang;

/** A page number that is not a positive whole number: 400 in the page's language. */
class BadPageException extends RuntimeException {
    final transient Lang lang;

    BadPageException(Lang lang) {
        super("bad page number");
        this.lang = lang;
    }
}
