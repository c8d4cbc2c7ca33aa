package kopru.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import kopru.platform.KopruConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.jboss.logging.Logger;

/**
 * The index on disk: {@code <data>/index/current} names the live generation directory. Searchers
 * lease the live generation's searcher; the indexer writes to it and swaps in rebuilt generations.
 * A lock file keeps a second process (a {@code reindex} command beside a running server) out.
 */
@ApplicationScoped
class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String CURRENT = "current";

    @Inject
    KopruConfig config;

    /**
     * Built on first use, not with this bean: their tables load ICU's transliterators (a second of a cold start), and
     * the bean is made on the start-up thread, which must not wait for them before serving the first page.
     */
    private static final class Analyzers {
        static final SearchAnalyzers INSTANCE = new SearchAnalyzers();
    }

    SearchAnalyzers analyzers() {
        return Analyzers.INSTANCE;
    }
    private volatile IndexGeneration live;
    private Lock processLock;

    /** A searcher of the live generation; close it (try-with-resources) to release it. */
    final class Lease implements AutoCloseable {
        private final IndexGeneration generation;
        final IndexSearcher searcher;

        private Lease(IndexGeneration generation, IndexSearcher searcher) {
            this.generation = generation;
            this.searcher = searcher;
        }

        @Override
        public void close() {
            try {
                generation.searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Path root() {
        return config.dataDir().resolve("index");
    }

    /** Takes the index for this process; fails when another process (server or command) has it. */
    synchronized void lock() throws IOException {
        if (processLock != null) {
            return;
        }
        Files.createDirectories(root());
        try {
            processLock = NativeFSLockFactory.INSTANCE.obtainLock(FSDirectory.open(root()), "indexer.lock");
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException(root(), e);
        }
    }

    /** The live generation, if any: empty before the first build has finished. */
    Optional<IndexGeneration> live() {
        return Optional.ofNullable(live);
    }

    /** A lease on the live searcher, or empty while no index exists yet. */
    Optional<Lease> lease() {
        for (int attempt = 0; attempt < 3; attempt++) {
            IndexGeneration generation = live;
            if (generation == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Lease(generation, generation.searchers.acquire()));
            } catch (AlreadyClosedException e) {
                // swapped out between reading `live` and acquiring: take the new one
                LOG.debugf("Generation %s closed while acquiring a searcher; retrying", generation.path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("the search index was swapped three times in a row");
    }

    /** Opens the generation named by {@code current}; empty when there is none or it is unreadable. */
    Optional<IndexGeneration> openCurrent() {
        Path pointer = root().resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path path = root().resolve(name);
            if (name.isEmpty() || !path.normalize().startsWith(root().normalize()) || !Files.isDirectory(path)) {
                LOG.warnf("Search index pointer %s names no index (%s): rebuilding", pointer, name);
                return Optional.empty();
            }
            return IndexGeneration.open(path, analyzers().perField());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Search index at %s is unreadable: rebuilding", root());
            return Optional.empty();
        }
    }

    Path newGenerationPath() {
        return root().resolve("g-" + System.currentTimeMillis());
    }

    /** Makes {@code next} the live generation (durably, through the pointer file), closing the previous one. */
    synchronized void swap(IndexGeneration next) throws IOException {
        Path temp = root().resolve(CURRENT + ".tmp");
        Files.writeString(temp, next.path.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(temp, root().resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, root().resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        IndexGeneration previous = live;
        live = next;
        if (previous != null && previous != next) {
            previous.close();
        }
        deleteOtherGenerations(next.path);
    }

    /** Adopts an already live generation opened at start (no pointer change). */
    synchronized void adopt(IndexGeneration generation) {
        live = generation;
        deleteOtherGenerations(generation.path);
    }

    synchronized void close() throws IOException {
        try {
            if (live != null) {
                live.close();
                live = null;
            }
        } finally {
            if (processLock != null) {
                processLock.close();
                processLock = null;
            }
        }
    }

    /** Old generations (replaced, or half-built when a process died) are removed; a failure is logged, not fatal. */
    private void deleteOtherGenerations(Path keep) {
        try (Stream<Path> entries = Files.list(root())) {
            entries.filter(p -> p.getFileName().toString().startsWith("g-") && !p.equals(keep)).forEach(SearchIndex::deleteTree);
        } catch (IOException e) {
            LOG.warnf(e, "Could not list %s to remove old index generations", root());
        }
    }

    static void deleteTree(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf(e, "Could not remove old index generation %s", path);
        }
    }
}
