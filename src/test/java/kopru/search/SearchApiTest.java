package kopru.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchApiTest {
    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void indexIsCurrent() throws InterruptedException {
        org.junit.jupiter.api.Assertions.assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(30)), "index caught up");
    }

    @Test
    void shouldFindTurkishStoryTypedWithoutTurkishLetters() {
        String body = given().queryParam("q", "yardimlar").when().get("/api/v1/search").then().statusCode(200).extract().asString();
        System.out.println(body);
        given().queryParam("q", "").when().get("/api/v1/search").then().statusCode(400).body("error", equalTo("Arama sözcüğü gerekli (q)."));
    }
}
