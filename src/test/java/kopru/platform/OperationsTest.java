package kopru.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kopru.site.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management port; the public port does not serve them. */
@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportHealthUpWithADatabaseCheck() {
        Site.Reply health = Site.management("/q/health").expect(200);
        assertThat(health.header("Content-Type"), startsWith("application/json"));
        JsonPath json = JsonPath.from(health.body());
        assertEquals("UP", json.getString("status"));
        List<Map<String, Object>> checks = json.getList("checks");
        assertTrue(checks.stream().anyMatch(check -> String.valueOf(check.get("name")).contains("Database")
                && "UP".equals(check.get("status"))), health.body());
    }

    @Test
    void shouldReportReadinessAndLiveness() {
        assertEquals("UP", JsonPath.from(Site.management("/q/health/ready").expect(200).body()).getString("status"));
        assertEquals("UP", JsonPath.from(Site.management("/q/health/live").expect(200).body()).getString("status"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        Site.Reply metrics = Site.management("/q/metrics", "Accept", "text/plain").expect(200);
        assertThat(metrics.header("Content-Type"), startsWith("text/plain"));
        assertThat(metrics.body(), containsString("# TYPE "));
        assertThat(metrics.body(), containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldCountHttpRequestsInMetrics() {
        Site.get("/tr/").expect(200);
        assertThat(Site.management("/q/metrics", "Accept", "text/plain").expect(200).body(),
                containsString("http_server_requests_seconds_count"));
    }

    @Test
    void shouldReportTheSearchIndexDocumentCount() throws InterruptedException {
        Pattern gauge = Pattern.compile("(?m)^kopru_search_index_documents(?:\\{[^}]*})? ([0-9.E+]+)$");
        // the sample content is published: once the index is open, it holds documents
        double documents = 0;
        for (int attempt = 0; attempt < 100 && documents == 0; attempt++) {
            Matcher value = gauge.matcher(Site.management("/q/metrics", "Accept", "text/plain").expect(200).body());
            assertTrue(value.find(), "no kopru_search_index_documents gauge");
            documents = Double.parseDouble(value.group(1));
            if (documents == 0) {
                Thread.sleep(100);
            }
        }
        assertTrue(documents > 0, "the search index gauge stayed at 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"})
    void shouldNotServeOperationsOnThePublicPort(String path) {
        Site.Reply reply = Site.get(path, "Accept", "text/plain");
        assertEquals(404, reply.statusCode(), path);
        assertFalse(reply.body().contains("jvm_memory_used_bytes"), path);
        assertThat(Site.management(path, "Accept", "text/plain").expect(200).body(), matchesPattern("(?s).+"));
    }
}
