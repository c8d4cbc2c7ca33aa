package kopru.api;

import java.util.function.Function;
import kopru.admin.AdminMessages;
import kopru.admin.AdminTexts;
import kopru.i18n.Lang;

/** A request an API refuses with a 4xx; {@link ApiErrors} words it in the caller's language. Nothing was written. */
public class ApiRefusal extends RuntimeException {
    final int status;
    /** The words, chosen once the caller's language is known. */
    final transient Function<AdminMessages, String> text;

    public ApiRefusal(int status, Function<AdminMessages, String> text) {
        super(text.apply(AdminTexts.of(Lang.TR)), null, false, false); // no stack trace: it is an answer, not a fault
        this.status = status;
        this.text = text;
    }
}
