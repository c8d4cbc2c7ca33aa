package kopru.api;

import java.util.function.Function;
import kopru.admin.AdminMessages;

/** A request the API understood but the story's state refuses (like a schedule time already past). Answered 409. */
public class ApiConflict extends ApiBadRequest {
    public ApiConflict(Function<AdminMessages, String> text) {
        super(text);
    }
}
