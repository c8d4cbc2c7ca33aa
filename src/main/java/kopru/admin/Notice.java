package kopru.admin;

import java.net.URI;
import kopru.account.AccountRuleException;

/**
 * What a page says after a form was posted (post/redirect/get): "saved" or a problem code, carried
 * in the query string and only ever turned into text from the message bundle.
 */
public record Notice(String ok, String error) {
    public static final Notice NONE = new Notice(null, null);

    static Notice of(AdminMessages msg, String done, String problem) {
        String ok = "saved".equals(done) ? msg.saved() : null;
        String error = null;
        if (problem != null) {
            try {
                error = AdminTexts.problem(msg, AccountRuleException.Problem.valueOf(problem));
            } catch (IllegalArgumentException e) {
                error = null; // an unknown code in a hand-made URL says nothing
            }
        }
        return new Notice(ok, error);
    }

    static URI saved(String path) {
        return URI.create(path + (path.contains("?") ? "&" : "?") + "done=saved");
    }

    static URI problem(String path, AccountRuleException e) {
        return URI.create(path + (path.contains("?") ? "&" : "?") + "problem=" + e.problem.name());
    }
}
