package kopru.search;

import java.util.function.Function;
import kopru.i18n.Lang;
import kopru.i18n.Messages;
import kopru.i18n.Texts;

/** Search input that cannot be answered (bad parameter, unbalanced quote, too long): a 400 with a message in the reader's language. */
public class SearchInputException extends RuntimeException {
    private final transient Function<Messages, String> message;

    SearchInputException(Function<Messages, String> message) {
        super("bad search input");
        this.message = message;
    }

    public String message(Lang lang) {
        return message.apply(Texts.of(lang));
    }
}
