package kopru.cluster;

import kopru.platform.PackagedServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;

/** The public site and the write API of one node, as a partner's or an editor's script would call them. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String ADMIN = "admin";

    private Api() {
    }

    static JsonNode call(PackagedServer node, String method, String path, String user, String password, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " on node :" + node.port + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    static String storyJson(String title, String body, Long version) {
        ObjectNode story = JSON.createObjectNode().put("kind", "news").put("original", "tr");
        story.putArray("tags");
        ObjectNode tr = story.putObject("articles").putObject("tr").put("title", title).put("summary", "Özet").put("body", body);
        if (version != null) {
            tr.put("version", version);
        }
        return story.toString();
    }

    /** Creates a Turkish story on {@code node} and publishes it; returns when the publish was acknowledged. */
    static Instant publish(PackagedServer node, String key, String title, String body) throws IOException, InterruptedException {
        call(node, "PUT", "/api/v1/admin/stories/" + key, ADMIN, password(), storyJson(title, body, null), 201);
        call(node, "POST", "/api/v1/admin/stories/" + key + "/tr/transitions", ADMIN, password(), "{\"to\":\"published\"}", 200);
        return Instant.now();
    }

    /** Creates a Turkish story and schedules it {@code ahead} of the moment the schedule is asked for. */
    static void schedule(PackagedServer node, String key, String title, Duration ahead) throws IOException, InterruptedException {
        call(node, "PUT", "/api/v1/admin/stories/" + key, ADMIN, password(), storyJson(title, "Metin.", null), 201);
        OffsetDateTime at = OffsetDateTime.now(java.time.ZoneOffset.UTC).plus(ahead);
        call(node, "POST", "/api/v1/admin/stories/" + key + "/tr/transitions", ADMIN, password(),
                "{\"to\":\"scheduled\",\"at\":\"" + at + "\"}", 200);
    }

    static String articleUrl(PackagedServer node, String key, String lang) throws IOException, InterruptedException {
        String url = call(node, "GET", "/api/v1/admin/stories/" + key, ADMIN, password(), null, 200)
                .at("/articles/" + lang + "/url").asText();
        return URI.create(url).getPath();
    }

    static int searchTotal(PackagedServer node, String query) {
        String body = get(node, "/api/v1/search?lang=all&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        try {
            return body.isEmpty() ? -1 : JSON.readTree(body).path("total").asInt(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The body of a 200 answer, or "" for any other answer or a failed connection (callers poll). */
    static String get(PackagedServer node, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.uri(path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static int status(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String password() {
        return "cluster-admin-password";
    }
}
