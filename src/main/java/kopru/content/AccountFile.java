package kopru.content;

import java.util.List;
import kopru.i18n.Lang;

/** One entry of {@code accounts.yaml}: who may log in and how, never a password or a token. */
public record AccountFile(String username, List<String> roles, Lang lang, boolean active) {
}
