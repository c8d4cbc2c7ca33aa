package kopru.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportHealthUpWithADatabaseCheck() {
        given().when().get("/q/health").then()
                .statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void shouldReportReadinessAndLiveness() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().header("Accept", "text/plain").when().get("/q/metrics").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE "))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldCountHttpRequestsInMetrics() {
        given().when().get("/tr/").then().statusCode(200);
        given().header("Accept", "text/plain").when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
