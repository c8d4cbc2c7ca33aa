package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import kopru.platform.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed never skips a row whose transaction commits after a higher id was read: two real transactions
 * on the real database (H2 here, PostgreSQL in the PostgreSQL run), T1 holding id n open while T2 commits n+1.
 */
@QuarkusTest
class ChangeFeedTest {
    @Inject
    ChangeFeed feed;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ChangeFeed.Batch read(FeedPosition from) {
        return QuarkusTransaction.requiringNew().call(() -> feed.read(from, 1000));
    }

    private static List<Long> ids(ChangeFeed.Batch batch) {
        return batch.entries().stream().map(entry -> entry.id).toList();
    }

    @Test
    void shouldHandOverARowWhoseTransactionCommitsAfterAHigherIdWasRead() throws Exception {
        FeedPosition start = QuarkusTransaction.requiringNew().call(feed::current);
        OpenChange t1 = new OpenChange(TestStories.newKey("feed-t1"));
        long t2 = OpenChange.committed(TestStories.newKey("feed-t2"));
        assertTrue(t2 > t1.id(), "T2 took the higher id");

        ChangeFeed.Batch first = read(start);
        assertTrue(ids(first).contains(t2), "the committed row is read at once");
        assertFalse(ids(first).contains(t1.id()), "the open transaction's row is not visible yet");
        assertTrue(first.next().upTo() >= t2);
        assertTrue(first.next().gaps().containsKey(t1.id()), "its id is remembered as a gap");

        ChangeFeed.Batch meanwhile = read(first.next());
        assertFalse(ids(meanwhile).contains(t1.id()));
        assertTrue(meanwhile.next().gaps().containsKey(t1.id()), "still waited for");

        t1.commit();
        ChangeFeed.Batch after = read(meanwhile.next());
        assertEquals(List.of(t1.id()), ids(after).stream().filter(id -> id <= t2).toList(), "T1's row comes, once");
        assertFalse(after.next().gaps().containsKey(t1.id()));
        assertFalse(ids(read(after.next())).contains(t1.id()), "and never again");
    }

    @Test
    void shouldGiveUpOnAMissingIdAfterTheGapTimeout() throws Exception {
        FeedPosition start = QuarkusTransaction.requiringNew().call(feed::current);
        OpenChange t1 = new OpenChange(TestStories.newKey("feed-rollback"));
        OpenChange.committed(TestStories.newKey("feed-after"));
        ChangeFeed.Batch first = read(start);
        assertTrue(first.next().gaps().containsKey(t1.id()));
        clock.advance(Duration.ofMinutes(6)); // longer than any transaction may last (kopru.change-feed.gap-timeout, 5 min)
        assertFalse(read(first.next()).next().gaps().containsKey(t1.id()), "an id missing that long belongs to a rolled-back transaction");
        t1.commit();
    }

    @Test
    void shouldKeepGapsAcrossTheTextTheyAreStoredAs() {
        FeedPosition position = FeedPosition.of(42, "40@1700000000000,41@1700000001000");
        assertEquals(42, position.upTo());
        assertEquals(List.of(40L, 41L), List.copyOf(position.gaps().keySet()));
        assertEquals(position, FeedPosition.of(position.upTo(), position.encodedGaps()));
        assertTrue(FeedPosition.of(7, "").gaps().isEmpty());
    }
}
