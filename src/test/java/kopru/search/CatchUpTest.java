package kopru.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import kopru.content.ContentImporter;
import kopru.platform.KopruConfig;
import kopru.story.StoryService;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Crash safety: changes made while the indexer is down are applied exactly once on restart; a broken index is rebuilt. */
@QuarkusTest
@TestProfile(SearchTestProfile.class)
class CatchUpTest {
    @Inject
    ContentImporter importer;
    @Inject
    StoryService stories;
    @Inject
    SearchIndexer indexer;
    @Inject
    SearchIndex index;
    @Inject
    SearchService search;
    @Inject
    KopruConfig config;

    @BeforeEach
    void corpus() throws InterruptedException {
        SearchTestStories.ensureImported(importer, indexer);
    }

    private int documents(String storyKey) throws IOException {
        try (SearchIndex.Lease lease = index.lease().orElseThrow()) {
            return lease.searcher.count(new TermQuery(new Term(SearchFields.STORY, storyKey)));
        }
    }

    private long total(String query) {
        return search.search(new SearchRequest(query, null, null, null, null, 1, 10, null)).total();
    }

    @Test
    void shouldApplyChangesMadeWhileStoppedExactlyOnce() throws Exception {
        indexer.stop();
        try {
            for (int i = 0; i < 3; i++) {
                TestStories.create(stories, "test-catchup-" + i, "Yakamozkuyusu" + i, null, OffsetDateTime.now().minusMinutes(1));
            }
            TestStories.edit(stories, "test-catchup-0", "Yakamozkuyusu0 düzeltildi");
            TestStories.edit(stories, "test-catchup-0", "Yakamozkuyusu0 yeniden düzeltildi");
            TestStories.unpublish(stories, "test-catchup-2");
        } finally {
            indexer.start();
        }
        SearchTestStories.awaitIndex(indexer);
        assertEquals(1, documents("test-catchup-0"));
        assertEquals(1, documents("test-catchup-1"));
        assertEquals(0, documents("test-catchup-2"));
        assertEquals(1, total("Yakamozkuyusu0 yeniden"));
        assertEquals(1, total("Yakamozkuyusu1"));
        assertEquals(0, total("Yakamozkuyusu2"));
        // a second restart with nothing new changes nothing
        indexer.stop();
        indexer.start();
        SearchTestStories.awaitIndex(indexer);
        assertEquals(1, documents("test-catchup-0"));
        assertEquals(1, documents("test-catchup-1"));
    }

    @Test
    void shouldRebuildAnUnreadableIndexAtStart() throws Exception {
        indexer.stop();
        Path root = config.dataDir().resolve("index");
        String generation = Files.readString(root.resolve("current"), StandardCharsets.UTF_8).strip();
        try (Stream<Path> files = Files.list(root.resolve(generation))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index");
            }
        }
        indexer.start();
        SearchTestStories.awaitIndex(indexer);
        assertTrue(!Files.readString(root.resolve("current"), StandardCharsets.UTF_8).strip().equals(generation), "a new generation");
        given().queryParam("q", "Nevruz").when().get("/api/v1/search").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldRebuildAnIndexOfAnOlderSchemaAtStart() throws Exception {
        indexer.stop();
        Path root = config.dataDir().resolve("index");
        String generation = Files.readString(root.resolve("current"), StandardCharsets.UTF_8).strip();
        try (IndexGeneration current = IndexGeneration.open(root.resolve(generation), index.analyzers().perField()).orElseThrow()) {
            IndexState state = current.state();
            current.commit(new IndexState(SearchFields.SCHEMA_VERSION - 1, state.position(), state.positionStamp(), state.clock()));
        }
        indexer.start();
        SearchTestStories.awaitIndex(indexer);
        assertTrue(!Files.readString(root.resolve("current"), StandardCharsets.UTF_8).strip().equals(generation), "a new generation");
        assertEquals(1, total("Nevruz"));
    }

    @Test
    void shouldCatchUpAfterAStopThatDroppedAQueuedCatchUp() throws Exception {
        indexer.requestRebuild(); // keeps the worker busy, so that the next commit's catch-up waits in its queue
        TestStories.create(stories, "test-catchup-queued", "Yakamozkuyusuqueued", null, OffsetDateTime.now().minusMinutes(1));
        indexer.stop(); // drops the queued catch-up (and interrupts the rebuild)
        indexer.start();
        SearchTestStories.awaitIndex(indexer);
        assertEquals(1, total("Yakamozkuyusuqueued"));
    }

    @Test
    void shouldKeepAnsweringDuringARebuildOnDemand() throws Exception {
        // A JSON body (even empty): the CSRF filter refuses a state-changing request without an entity.
        given().auth().preemptive().basic("admin", SearchTestProfile.ADMIN_PASSWORD).contentType("application/json").body("{}")
                .when().post("/api/v1/admin/search/rebuild").then().statusCode(202);
        for (int i = 0; i < 20; i++) {
            given().queryParam("q", "Nevruz").when().get("/api/v1/search").then().statusCode(200).body("total", equalTo(1));
            Thread.sleep(25);
        }
        SearchTestStories.awaitIndex(indexer);
        assertEquals(1, total("Nevruz"));
        given().auth().preemptive().basic("admin", "wrong").contentType("application/json").body("{}")
                .when().post("/api/v1/admin/search/rebuild").then().statusCode(401);
    }
}
