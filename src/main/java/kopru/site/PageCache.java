package kopru.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered public pages by URL key, so that a page is built from the database and templates once
 * per change rather than once per request. Cleared whenever the public view changes.
 */
@ApplicationScoped
public class PageCache {
    /**
     * One rendered page with its validators; {@code lastModified} is an HTTP-date. The gzip form is made
     * once here so that a busy page is not compressed again for every reader. {@code language} may be null
     * (feeds of both languages).
     */
    public record Page(byte[] body, byte[] gzipped, String etag, Instant modified, String lastModified, String contentType,
            String language) {
        public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
            return Conditional.notModified(etag, modified, ifNoneMatch, ifModifiedSince);
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public Optional<Page> get(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Read before building a page; {@link #put} ignores pages built from data older than the last clear. */
    public long generation() {
        return generation.get();
    }

    public Page put(String key, long builtAtGeneration, String text, Instant modified, String contentType, String language) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Instant seconds = modified.truncatedTo(ChronoUnit.SECONDS);
        Page page = new Page(body, gzip(body), etag(body), seconds,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(seconds.atOffset(ZoneOffset.UTC)), contentType, language);
        // A page built before a concurrent clear may hold stale data: serve it once, do not keep it.
        synchronized (this) {
            if (generation.get() == builtAtGeneration) {
                pages.put(key, page);
            }
        }
        return page;
    }

    public synchronized void clear() {
        generation.incrementAndGet();
        pages.clear();
    }

    public int size() {
        return pages.size();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
