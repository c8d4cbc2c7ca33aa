package kopru.api;

import java.util.function.Function;
import kopru.admin.AdminMessages;
import kopru.admin.AdminTexts;
import kopru.i18n.Lang;

/** Input the API cannot use: malformed JSON, a wrong type, an unknown language. Answered 400 in the caller's language. */
public class ApiBadRequest extends RuntimeException {
    /** The words, chosen once the caller's language is known (in {@link ApiErrors}). */
    final transient Function<AdminMessages, String> text;

    public ApiBadRequest(Function<AdminMessages, String> text) {
        super(text.apply(AdminTexts.of(Lang.TR)), null, false, false); // no stack trace: it is an answer, not a fault
        this.text = text;
    }
}
