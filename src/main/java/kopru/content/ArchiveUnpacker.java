package kopru.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip into a new temporary folder, refusing anything that could write outside it (absolute
 * paths, "..", backslashes, drive letters) or fill the disk: sizes are counted as the bytes come out, never taken
 * from the archive's own headers.
 */
public final class ArchiveUnpacker {
    /** Folder names a content folder uses: story keys, languages, numbers, media names. */
    private static final Pattern SAFE_PART = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final int MAX_ENTRIES = 2_000_000;

    public enum Problem { NOT_ZIP, UNSAFE_NAME, DUPLICATE, TOO_LARGE, TOO_MANY }

    public static final class Rejected extends RuntimeException {
        public final Problem problem;
        public final String entry;

        Rejected(Problem problem, String entry) {
            super(problem + (entry == null ? "" : ": " + entry), null, false, false);
            this.problem = problem;
            this.entry = entry;
        }
    }

    private ArchiveUnpacker() {
    }

    /**
     * @param maxEntryBytes largest file inside
     * @param maxTotalBytes largest sum of the files
     * @return the folder, which the caller deletes ({@link #delete})
     */
    public static Path unpack(InputStream in, long maxEntryBytes, long maxTotalBytes) {
        Path root;
        try {
            root = Files.createTempDirectory("kopru-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipInputStream zip = new ZipInputStream(in)) {
            Set<String> seen = new HashSet<>();
            long total = 0;
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Rejected(Problem.TOO_MANY, null);
                }
                String name = entry.getName();
                Path target = safeTarget(root, name);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (!seen.add(name)) {
                    throw new Rejected(Problem.DUPLICATE, name);
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    total += copy(zip, out, Math.min(maxEntryBytes, maxTotalBytes - total), name);
                }
            }
            if (entries == 0) {
                throw new Rejected(Problem.NOT_ZIP, null);
            }
            return root;
        } catch (ZipException e) {
            delete(root);
            throw new Rejected(Problem.NOT_ZIP, null);
        } catch (IOException e) {
            delete(root);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(root);
            throw e;
        }
    }

    private static Path safeTarget(Path root, String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (trimmed.isEmpty() || trimmed.length() > 400) {
            throw new Rejected(Problem.UNSAFE_NAME, name);
        }
        for (String part : trimmed.split("/", -1)) {
            if (!SAFE_PART.matcher(part).matches() || part.equals("..") || part.startsWith("..")) {
                throw new Rejected(Problem.UNSAFE_NAME, name);
            }
        }
        Path target = root.resolve(trimmed).normalize();
        if (!target.startsWith(root)) {
            throw new Rejected(Problem.UNSAFE_NAME, name);
        }
        return target;
    }

    private static long copy(InputStream in, OutputStream out, long limit, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            copied += n;
            if (copied > limit) {
                throw new Rejected(Problem.TOO_LARGE, name);
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    public static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
