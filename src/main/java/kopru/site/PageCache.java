package kopru.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import kopru.platform.KopruConfig;

/**
 * Rendered public pages by URL key, so that a page is built from the database and templates once
 * per change rather than once per request. Cleared whenever the public view changes. Bounded by the bytes it holds
 * ({@code kopru.page-cache.max-bytes}): a crawler walking every list and feed page of a large site would otherwise
 * keep them all until the next change; beyond the bound the least used pages go (Caffeine's W-TinyLFU) and are
 * rebuilt when asked for. Its hits, misses and evictions are the Micrometer cache metrics named {@value #NAME}.
 */
@ApplicationScoped
public class PageCache {
    static final String NAME = "pages";
    /** What a page costs beyond its bytes: the record, its strings and the cache's node, roughly. */
    private static final int OVERHEAD = 400;

    /**
     * One rendered page with its validators; {@code lastModified} is an HTTP-date. The gzip form is made
     * once here so that a busy page is not compressed again for every reader. {@code language} may be null
     * (feeds of both languages).
     */
    public record Page(byte[] body, byte[] gzipped, String etag, Instant modified, String lastModified, String contentType,
            String language) {
        int weight(String key) {
            long bytes = (long) body.length + gzipped.length + 2L * key.length() + OVERHEAD;
            return (int) Math.min(Integer.MAX_VALUE, bytes);
        }

        public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
            return Conditional.notModified(etag, modified, ifNoneMatch, ifModifiedSince);
        }
    }

    private final Cache<String, Page> pages;
    private final AtomicLong generation = new AtomicLong();

    PageCache(KopruConfig config, MeterRegistry registry) {
        pages = Caffeine.newBuilder()
                .maximumWeight(config.pageCache().maxBytes())
                .weigher((String key, Page page) -> page.weight(key))
                // evict on the writing thread: the bound holds when put returns, not after a pool task ran
                .executor(Runnable::run)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, pages, NAME);
    }

    /** A cached page; counted as a hit or a miss in the metrics. */
    public Optional<Page> get(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    /** A cached page, not counted in the metrics. */
    Optional<Page> peek(String key) {
        return Optional.ofNullable(pages.policy().getIfPresentQuietly(key));
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
        pages.invalidateAll();
    }

    public long size() {
        return pages.estimatedSize();
    }

    /** The bytes held now, as weighed against {@code kopru.page-cache.max-bytes}. */
    public long weightedBytes() {
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
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
