package kopru.admin;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import kopru.i18n.Lang;
import kopru.story.ChangeLog;
import kopru.story.ChangeLogEntry;
import kopru.story.Story;

/**
 * Stories a newsroom test made through the API (published "now"): deleted afterwards, with a change-log row so
 * that page caches forget them, because other tests expect the seed stories to be the newest.
 */
public final class CreatedStories {
    private final List<String> keys = new ArrayList<>();

    public String add(String key) {
        keys.add(key);
        return key;
    }

    public void deleteAll() {
        for (String key : keys) {
            QuarkusTransaction.requiringNew().run(() -> Story.findByKey(key).ifPresent(story -> {
                ChangeLog log = Arc.container().instance(ChangeLog.class).get();
                for (Lang lang : Lang.values()) {
                    log.record(key, lang, ChangeLogEntry.Action.DELETE);
                }
                story.delete();
            }));
        }
        keys.clear();
    }
}
