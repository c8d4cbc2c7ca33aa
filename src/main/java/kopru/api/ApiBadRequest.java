package kopru.api;

import java.util.function.Function;
import kopru.admin.AdminMessages;

/** Input the API cannot use: malformed JSON, a wrong type, an unknown language. Answered 400. */
public class ApiBadRequest extends ApiRefusal {
    public ApiBadRequest(Function<AdminMessages, String> text) {
        super(400, text);
    }
}
