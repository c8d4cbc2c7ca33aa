package kopru.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/quarkus-app/quarkus-run.jar}) as a child process on its own data folder and
 * free ports. It inherits this process's environment, so a PostgreSQL build gets the same
 * {@code QUARKUS_DATASOURCE_…} settings as the test run.
 */
public final class PackagedServer {
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir;
    private final Path logDir;
    private final Map<String, String> settings;
    public final int port;
    public final int managementPort;
    private Process process;
    private int starts;

    public PackagedServer(Path dataDir, Path logDir, Map<String, String> settings) throws IOException {
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.settings = settings;
        this.port = freePort();
        this.managementPort = freePort();
        Files.createDirectories(dataDir);
        Files.createDirectories(logDir);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the server ({@code extra} settings for this start only) and waits until its readiness check says UP. */
    public void start(Map<String, String> extra, Duration timeout) throws IOException, InterruptedException {
        starts++;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", JAR.toAbsolutePath().toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("server-" + starts + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("KOPRU_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.putAll(settings);
        env.putAll(extra);
        long started = System.nanoTime();
        process = builder.start();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        while (System.nanoTime() - started < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ": see " + log());
            }
            try {
                HttpResponse<Void> answer = CLIENT.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server was not ready within " + timeout + ": see " + log());
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived SIGKILL for 30 s");
        }
    }

    /** A normal shutdown (SIGTERM), as at the end of the test. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    Path log() {
        return logDir.resolve("server-" + starts + ".log");
    }

    int starts() {
        return starts;
    }

    public static Map<String, String> settings(String... namesAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
