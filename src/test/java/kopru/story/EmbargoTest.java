package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.site.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbargoTest {
    @Inject
    EmbargoWatch watch;
    @Inject
    kopru.platform.TestClock clock;

    private final kopru.admin.CreatedStories created = new kopru.admin.CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        clock.reset();
        created.deleteAll();
    }

    @Test
    void shouldLeakNowhereBeforeTheEmbargoAndLogTheLiftingOnce() {
        String editor = TestAccounts.create("editor");
        String key = created.add(TestStories.newKey("embargo"));
        String title = "Ambargolu açıklama " + key;
        OffsetDateTime embargo = OffsetDateTime.now().plusMinutes(1);
        Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD,
                "{\"kind\":\"press-release\",\"original\":\"tr\",\"embargo\":\"" + embargo + "\",\"articles\":{\"tr\":{\"title\":\""
                        + title + "\",\"body\":\"Gizli metin.\"}}}").expect(201);
        Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", editor, TestAccounts.PASSWORD, "{\"to\":\"published\"}")
                .expect(200);
        String path = TestStories.path(key, kopru.i18n.Lang.TR);
        Site.get(path).expect(404);
        for (String output : List.of("/tr/", "/tr/rss.xml", "/tr/atom.xml", "/tr/feed.json", "/rss.xml", "/sitemap.xml", "/news-sitemap.xml")) {
            Site.Reply reply = Site.get(output);
            assertFalse(reply.body().contains(key) || reply.body().contains(title), output + " leaks the embargoed story");
        }
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        watch.run();
        watch.run();
        assertEquals(2L, QuarkusTransaction.requiringNew().call(
                () -> ChangeLogEntry.count("storyKey = ?1 and action = ?2", key, ChangeLogEntry.Action.PUBLISH)),
                "one row when published, one when the embargo passed — never more");
    }
}
