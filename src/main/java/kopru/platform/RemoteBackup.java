package kopru.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kopru.content.ArchiveUnpacker;

/**
 * {@code export}/{@code import} against a running server ({@code --server URL}, token in KOPRU_API_TOKEN): the way
 * to back up an embedded database while its server holds the file. Goes through the write API, so the server
 * takes its snapshot, checks the archive and keeps its index and caches current. Nothing of Quarkus starts here.
 */
final class RemoteBackup {
    private static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String server;
    private final String token;

    RemoteBackup(String server, String token) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.token = token;
    }

    int export(Path folder, boolean withHistory) throws IOException, InterruptedException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    System.err.println(folder + " is not empty: export into a new or empty folder");
                    return 2;
                }
            }
        }
        HttpResponse<InputStream> response = client.send(request("/api/v1/admin/backup/export?history=" + withHistory).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            System.err.println("export: HTTP " + response.statusCode() + " " + new String(response.body().readAllBytes()));
            return 1;
        }
        Path unpacked;
        try (InputStream zip = response.body()) {
            unpacked = ArchiveUnpacker.unpack(zip, MAX_BYTES, MAX_BYTES);
        }
        try (Stream<Path> files = Files.walk(unpacked)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(unpacked.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } finally {
            ArchiveUnpacker.delete(unpacked);
        }
        System.out.println("exported from " + server + " to " + folder.toAbsolutePath());
        return 0;
    }

    int importFolder(Path folder, boolean apply) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request("/api/v1/admin/backup/import?apply=" + apply)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip(folder))).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
        return response.statusCode() == 200 ? 0 : 1;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "tr").timeout(Duration.ofHours(6));
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
