package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.ZoneOffset;
import kopru.i18n.Lang;

/** Writes outbox rows; must be called inside the transaction of the change it reports. */
@ApplicationScoped
public class ChangeLog {
    @Inject
    Event<PublicChange> changes;
    @Inject
    InstantSource clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String storyKey, Lang lang, ChangeLogEntry.Action action) {
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.storyKey = storyKey;
        entry.lang = lang;
        entry.action = action;
        entry.createdAt = clock.instant().atOffset(ZoneOffset.UTC);
        entry.persistAndFlush();
        changes.fire(new PublicChange(entry.id, storyKey, lang));
    }

    /** The newest row's id, or 0; lets a node notice changes written by other nodes. */
    public long latestId() {
        Long id = ChangeLogEntry.getEntityManager().createQuery("select max(c.id) from ChangeLogEntry c", Long.class)
                .getSingleResult();
        return id == null ? 0 : id;
    }
}
