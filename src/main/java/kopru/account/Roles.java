package kopru.account;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three roles. They nest: an admin may do what an editor may, an editor what an author may,
 * so code only ever asks for the least role an action needs.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String AUTHOR = "author";
    public static final Set<String> ALL = Set.of(ADMIN, EDITOR, AUTHOR);

    private Roles() {
    }

    /** The stored comma-separated roles plus the ones they imply. */
    public static Set<String> implied(String stored) {
        Set<String> roles = parse(stored);
        Set<String> implied = new LinkedHashSet<>(roles);
        if (roles.contains(ADMIN)) {
            implied.add(EDITOR);
        }
        if (implied.contains(EDITOR)) {
            implied.add(AUTHOR);
        }
        return implied;
    }

    /** Known roles only, lower case, order kept. */
    public static Set<String> parse(String stored) {
        if (stored == null) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(r -> r.strip().toLowerCase(Locale.ROOT)).filter(ALL::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The highest role, which is what the interface shows and lets an admin change. */
    public static String highest(String stored) {
        Set<String> roles = implied(stored);
        return roles.contains(ADMIN) ? ADMIN : roles.contains(EDITOR) ? EDITOR : AUTHOR;
    }
}
