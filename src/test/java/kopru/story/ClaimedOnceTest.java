package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import kopru.i18n.Lang;
import org.junit.jupiter.api.Test;

/**
 * Scheduled publication and embargo lifting are claimed in the database: two callers at the same moment (two
 * nodes' jobs) publish or lift each item once, with one change-log row, and a deleted draft is never announced.
 */
@QuarkusTest
class ClaimedOnceTest {
    private static final int STORIES = 4;

    @Inject
    StoryService stories;
    @Inject
    ScheduledPublisher scheduler;
    @Inject
    EmbargoWatch embargoes;
    @Inject
    StoryDeletion deletion;

    /** Runs {@code job} on two threads released at the same instant; returns the sum of what they report. */
    private static int twoAtOnce(IntSupplier job) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> callers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                callers.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return job.getAsInt();
                }));
            }
            int sum = 0;
            for (Future<Integer> caller : callers) {
                sum += caller.get(30, TimeUnit.SECONDS);
            }
            return sum;
        } finally {
            nodes.shutdownNow();
        }
    }

    private static long rows(String key, ChangeLogEntry.Action action) {
        return QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.count("storyKey = ?1 and action = ?2", key, action));
    }

    @Test
    void shouldPublishEachScheduledArticleOnceWhenTwoNodesRunTheJob() throws Exception {
        // far ahead of the real clock, so that only the two callers below can publish them
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusYears(5);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            String key = TestStories.newKey("claim-schedule");
            keys.add(key);
            QuarkusTransaction.requiringNew().run(() -> {
                Story story = stories.saveStory(key, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"));
                stories.schedule(stories.saveArticle(story, Lang.TR, TestStories.text("Zamanlı " + key, null), Actor.system("test")).article(), at, "test");
            });
        }
        // (other tests' scheduled articles may be due then too, so at least these; once each is proven by the rows)
        assertTrue(twoAtOnce(() -> scheduler.publishDue(at.plusMinutes(1))) >= STORIES, "every due article published");
        for (String key : keys) {
            assertEquals(1, rows(key, ChangeLogEntry.Action.PUBLISH), "one change, so one delivery, for " + key);
            assertEquals(Status.PUBLISHED, QuarkusTransaction.requiringNew().call(() -> TestStories.article(key, Lang.TR).status));
        }
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> stories.unpublish(TestStories.article(key, Lang.TR), "test")));
    }

    @Test
    void shouldLiftEachEmbargoOnceWhenTwoNodesRunTheJob() throws Exception {
        OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.UTC).plusYears(5);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            String key = TestStories.newKey("claim-embargo");
            keys.add(key);
            QuarkusTransaction.requiringNew().run(() -> {
                Story story = stories.saveStory(key, Kind.PRESS_RELEASE, Lang.TR, embargo, List.of(), Actor.system("test"));
                stories.publish(stories.saveArticle(story, Lang.TR, TestStories.text("Ambargolu " + key, null), Actor.system("test")).article(), TestStories.OLD_DATE, "test");
            });
        }
        assertTrue(twoAtOnce(() -> embargoes.liftDue(embargo.plusMinutes(1))) >= STORIES, "every due embargo lifted");
        for (String key : keys) {
            assertEquals(2, rows(key, ChangeLogEntry.Action.PUBLISH), "one row when published, one when the embargo passed: " + key);
        }
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> stories.unpublish(TestStories.article(key, Lang.TR), "test")));
    }

    @Test
    void shouldAnnounceNoDeleteOfANeverPublishedDraft() {
        String draft = TestStories.newKey("claim-draft");
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = stories.saveStory(draft, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"));
            stories.saveArticle(story, Lang.TR, TestStories.text("Taslak " + draft, null), Actor.system("test")).article();
            stories.saveArticle(story, Lang.KK, TestStories.text("Жоба " + draft, null), Actor.system("test")).article();
        });
        deletion.delete(draft, "test");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.count("storyKey", draft)), "nothing about a draft");

        String half = TestStories.newKey("claim-half");
        TestStories.publish(stories, half, Lang.TR, "Yarısı yayımlanmış " + half);
        QuarkusTransaction.requiringNew().run(() -> stories.saveArticle(Story.findByKey(half).orElseThrow(), Lang.KK,
                TestStories.text("Жоба " + half, null), Actor.system("test")).article());
        deletion.delete(half, "test");
        List<Lang> deleted = QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.<ChangeLogEntry>list("storyKey = ?1 and action = ?2",
                half, ChangeLogEntry.Action.DELETE).stream().map(entry -> entry.lang).toList());
        assertEquals(List.of(Lang.TR), deleted, "only the language the public saw");
    }
}
