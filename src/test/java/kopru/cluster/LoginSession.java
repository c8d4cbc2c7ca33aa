package kopru.cluster;

import kopru.platform.PackagedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The cookies of one browser that logged in on one node, sent as they are to any other node. */
record LoginSession(String cookieHeader) {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    static LoginSession logIn(PackagedServer node, String user, String password) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(node.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        if (response.statusCode() != 302 || cookies.isEmpty()) {
            throw new AssertionError("login on :" + node.port + ": " + response.statusCode() + " " + response.headers().map());
        }
        return new LoginSession(cookies.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; ")));
    }

    int status(PackagedServer node, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(node.uri(path)).header("Cookie", cookieHeader).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
