package kopru.cluster;

import kopru.platform.PackagedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nginx (Debian's, installed by .ci/install-tools.sh) in front of several nodes, configured as
 * docker/nginx.conf is for production: round robin, and a read that fails on one node goes to the next.
 */
final class Nginx {
    static final Path BINARY = Path.of("/usr/sbin/nginx");

    final int port;
    private final Path dir;
    private Process process;

    Nginx(Path dir) throws IOException {
        this.dir = dir;
        this.port = PackagedServer.freePort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void start(List<PackagedServer> nodes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        // Worker processes run as an unprivileged user when started by root: they must be able to write here.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        String servers = nodes.stream().map(n -> "    server 127.0.0.1:" + n.port + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream kopru {
                %2$s
                    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://kopru;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_next_upstream error timeout http_502 http_503 http_504;
                      proxy_next_upstream_tries 3;
                      proxy_connect_timeout 1s;
                    }
                  }
                }
                """.formatted(dir, servers, port));
        process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx does not listen on " + port);
    }

    void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    static void checkInstalled() {
        if (!installed()) {
            throw new UncheckedIOException(new IOException("nginx is missing: bash .ci/install-tools.sh nginx"));
        }
    }
}
