package kopru.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile request sizes: a story's text is capped, bodies are limited per route, and nothing refused is stored. */
@QuarkusTest
class BodyLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEN_MB = 10 << 20;

    @TestHTTPResource("/")
    URL base;

    private final CreatedStories created = new CreatedStories();
    private String author;

    @BeforeEach
    void account() {
        author = TestAccounts.create("author");
    }

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    private static String story(String body) throws IOException {
        return JSON.writeValueAsString(Map.of("kind", "news", "original", "tr", "tags", java.util.List.of(),
                "articles", Map.of("tr", Map.of("title", "Uzunluk sınırı", "body", body))));
    }

    private String stored(String key) {
        return Browser.api("GET", "/api/v1/admin/stories/" + key, author, TestAccounts.PASSWORD, null).statusCode() + "";
    }

    @Test
    void shouldAcceptABodyAtTheLimitAndRefuseOneCharacterMoreWith413() throws IOException {
        String key = created.add(TestStories.newKey("limit-at"));
        Browser.api("PUT", "/api/v1/admin/stories/" + key, author, TestAccounts.PASSWORD, story("ә".repeat(200_000))).expect(201);

        String over = created.add(TestStories.newKey("limit-over"));
        var refused = Browser.api("PUT", "/api/v1/admin/stories/" + over, author, TestAccounts.PASSWORD, story("a".repeat(200_001)));
        assertEquals(413, refused.statusCode());
        String error = JSON.readTree(refused.body()).get("error").asText();
        assertTrue(error.contains("articles.tr.body") && error.contains("200000"), error);
        assertEquals("404", stored(over), "nothing refused is stored");
    }

    @Test
    void shouldRefuseADeclaredTenMegabyteStoryBeforeReadingIt() throws IOException {
        String key = created.add(TestStories.newKey("limit-declared"));
        String basic = Base64.getEncoder().encodeToString((author + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String answer = raw("PUT /api/v1/admin/stories/" + key + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
                + "\r\nContent-Type: application/json\r\nAccept-Language: kk\r\nContent-Length: " + TEN_MB + "\r\n\r\n{\"kind\":");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("{\"error\":\"Сұрау тым үлкен") && answer.contains("3 MB"), answer);
        assertEquals("404", stored(key));
    }

    @Test
    void shouldRefuseATenMegabyteStorySentInChunksAndStoreNothing() throws Exception {
        String key = created.add(TestStories.newKey("limit-chunked"));
        byte[] body = story("x".repeat(TEN_MB)).getBytes(StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString((author + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        // from a stream of unknown length: sent chunked, with no Content-Length to refuse up front
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/admin/stories/" + key))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("3 MB"), response.body());
        assertEquals("404", stored(key));
    }

    @Test
    void shouldKeepOtherBodiesSmall() {
        String key = created.add(TestStories.newKey("limit-small"));
        String padded = "{\"to\":\"in-review\",\"pad\":\"" + "p".repeat(100_000) + "\"}";
        var refused = Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", author, TestAccounts.PASSWORD, padded);
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("64 KB"), refused.body());
    }

    @Test
    void shouldRefuseATenMegabyteEditorFormInTheReadersLanguage() throws IOException {
        String answer = raw("POST /admin/story HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Accept-Language: tr\r\nContent-Length: " + TEN_MB + "\r\n\r\nkey=x&tr.body=");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("İstek çok büyük"), answer);
    }

    /**
     * Sends the start of a request over a plain socket and reads one answer (head, then Content-Length bytes), without
     * ever sending the rest of the body.
     */
    private String raw(String start) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return headers + new String(body, StandardCharsets.UTF_8);
        }
    }
}
