package kopru.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kopru.i18n.Lang;

/**
 * A change-log row written by a transaction that stays open (on its own thread) until {@link #commit}: with a
 * second transaction committed meanwhile, the row's id is below one already visible.
 */
public final class OpenChange {
    private final CountDownLatch written = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> done;
    private volatile long id;

    public OpenChange(String key) throws InterruptedException {
        done = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            id = record(key);
            written.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS), "released within 30 s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(written.await(10, TimeUnit.SECONDS), "the open transaction wrote its row");
    }

    /** The row's id, taken but not visible to others until {@link #commit}. */
    public long id() {
        return id;
    }

    public void commit() throws Exception {
        release.countDown();
        try {
            done.get(10, TimeUnit.SECONDS);
        } finally {
            thread.shutdown();
        }
    }

    /** Writes an UNPUBLISH row for {@code key} in the current transaction (announced to partners without content). */
    public static long record(String key) {
        Arc.container().instance(ChangeLog.class).get().record(key, Lang.TR, ChangeLogEntry.Action.UNPUBLISH);
        return ChangeLogEntry.<ChangeLogEntry>find("storyKey", key).firstResult().id;
    }

    /** A row committed at once; returns its id. */
    public static long committed(String key) {
        return QuarkusTransaction.requiringNew().call(() -> record(key));
    }
}
