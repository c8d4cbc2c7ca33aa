package kopru.site;

import kopru.i18n.Lang;

/** No such public page: 404 in the requested language. */
public class PageNotFoundException extends RuntimeException {
    final transient Lang lang;

    public PageNotFoundException(Lang lang) {
        super("page not found", null, false, false);
        this.lang = lang;
    }
}
