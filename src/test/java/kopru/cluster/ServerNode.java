package kopru.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One packaged Köprü server (target/quarkus-app/quarkus-run.jar) as a child process with its own data folder,
 * public port and management port. The environment of the test run (database kind and URL) is passed on, so a
 * PostgreSQL build talks to the PostgreSQL the test names.
 */
final class ServerNode {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final int managementPort;
    private final Path dataDir;
    private final Map<String, String> environment;
    private Process process;

    ServerNode(String name, Path dataDir, Map<String, String> environment) {
        this.name = name;
        this.port = freePort();
        this.managementPort = freePort();
        this.dataDir = dataDir;
        this.environment = new LinkedHashMap<>(environment);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void start() {
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-jar", JAR.toAbsolutePath().toString()));
            builder.environment().putAll(environment);
            builder.environment().put("KOPRU_DATA_DIR", dataDir.toString());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness answers UP; fails with the end of the server's log when it does not in time. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (ready()) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " not ready after " + limit + ":\n" + logTail());
    }

    boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook runs, as in a crash or an OOM kill. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
