package kopru.story;

import java.util.Set;
import kopru.account.Roles;

/**
 * Who saves a change: the name that goes into revisions and the audit log, and whether they may publish (editors
 * and admins). An author's change to text the public sees, or will see, waits for one of those (see {@link StoryService}).
 * A {@code system} actor (the content-folder import) writes what its source says: nothing of it waits for review.
 */
public record Actor(String name, boolean mayPublish, boolean system) {
    public static Actor system(String name) {
        return new Actor(name, true, true);
    }

    public static Actor of(String name, Set<String> roles) {
        return new Actor(name, roles.contains(Roles.EDITOR), false);
    }
}
