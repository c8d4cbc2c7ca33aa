package kopru.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A bare HTTP GET for error answers. REST Assured cannot read 4xx answers under a Turkish default
 * locale (it looks up its "failure" handler with a locale-sensitive toLowerCase), and the suite must
 * also run under -Duser.language=tr; it also lets a test send bytes no client would encode.
 */
final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body, String cacheControl) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String error() {
            return json().get("error").asText();
        }
    }

    private RawHttp() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET {@code pathAndQuery} (relative, already encoded) from {@code base}. */
    static Answer get(URL base, String pathAndQuery) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(base, pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery)
                    .openConnection();
            try {
                int status = connection.getResponseCode();
                InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(status, body, connection.getHeaderField("Cache-Control"));
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
