package kopru.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kopru.story.ChangeFeed;
import kopru.story.ChangeFeedMetrics;
import kopru.story.FeedPosition;
import kopru.story.PublicChange;
import org.apache.lucene.index.Term;
import org.jboss.logging.Logger;

/**
 * Keeps the index in step with the database, on one worker thread that owns all writes:
 * <ul>
 * <li>follows the change feed ({@link ChangeFeed}: by increasing id, and rows that commit late too), right after
 * each local commit and every second (changes of other nodes), storing its position in the same Lucene commit as
 * the documents, so that after a crash it resumes where the last commit left off (re-applying a story is an
 * idempotent upsert);</li>
 * <li>every second, re-indexes stories whose publish time or embargo has just been reached;</li>
 * <li>rebuilds into a new generation when the index is missing, unreadable, of another schema version or of
 * another database, and on demand, while searches keep using the old one.</li>
 * </ul>
 */
@ApplicationScoped
public class SearchIndexer {
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int CHANGE_BATCH = 1000;
    private static final int REBUILD_BATCH = 500;
    private static final int REBUILD_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Inject
    SearchIndex index;
    @Inject
    SearchSource source;
    @Inject
    @CommandLineArguments
    String[] args;
    @Inject
    InstantSource clock;
    @Inject
    ChangeFeedMetrics metrics;

    private volatile ExecutorService worker;
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** False from {@link #start()} until the index has caught up with the change log once: the node is not ready before. */
    private volatile boolean caughtUpSinceStart;

    /** What {@code reindex} reports. */
    public record RebuildReport(int stories, int articles, Duration took) {
        public double articlesPerSecond() {
            return articles / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (args.length == 0) {
            metrics.follow("search-index", () -> index.live().map(generation -> generation.state().position()));
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Takes the index and opens (or rebuilds) it in the background. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        try {
            index.lock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        caughtUpSinceStart = false;
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        worker.execute(guarded("open", this::openOrRebuild));
    }

    /** Stops the worker and closes the index; anything not committed is redone from the change log on the next start. */
    public synchronized void stop() {
        ExecutorService running = worker;
        worker = null;
        if (running == null) {
            return;
        }
        // a catch-up still queued is dropped here: without the reset, its flag would keep any later one from queuing
        running.shutdownNow();
        catchUpQueued.set(false);
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Search indexer did not stop within 30 s");
            }
            index.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        requestCatchUp();
    }

    /** Changes made on other nodes (a local commit asks at once, above). */
    @Scheduled(every = "${kopru.change-feed.poll-interval:PT0.25S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        requestCatchUp();
    }

    /** Starts a full rebuild in the background; searches use the current index until it is done. */
    public void requestRebuild() {
        ExecutorService running = worker;
        if (running == null) {
            throw new IllegalStateException("the search indexer is not running");
        }
        running.execute(guarded("rebuild", this::rebuild));
    }

    /** The {@code reindex} command: takes the index, rebuilds it here and now, and releases it. */
    public RebuildReport rebuildNow() {
        try {
            index.lock();
            RebuildReport report = rebuild();
            index.close();
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the index has applied every change-log row and no rebuild is running. */
    public boolean caughtUp() {
        Optional<IndexGeneration> live = index.live();
        return live.isPresent() && !rebuilding.get() && !catchUpQueued.get()
                && live.get().state().position().upTo() >= source.latestChangeId();
    }

    /**
     * How far the index is behind the change log; empty until it has caught up once since it was started (opened,
     * rebuilt if need be, and every change made while it was down applied), and while it is stopped.
     */
    public Optional<ChangeFeed.Lag> lag() {
        Optional<IndexGeneration> live = index.live();
        if (!caughtUpSinceStart || live.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(source.lag(live.get().state().position()));
    }

    /**
     * Holds the worker until the returned pause is closed: no change is applied meanwhile (they queue up), so that
     * the index files stand still, e.g. to copy them, or to see how a lagging node behaves.
     */
    public AutoCloseable pause() throws InterruptedException {
        ExecutorService running = worker;
        if (running == null) {
            throw new IllegalStateException("the search indexer is not running");
        }
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        running.execute(() -> {
            held.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        held.await();
        return () -> {
            released.countDown();
            requestCatchUp();
        };
    }

    /** For tests and the benchmark: waits until {@link #caughtUp()} (and the clock-driven check ran once more). */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            requestCatchUp();
            Thread.sleep(20);
            if (caughtUp()) {
                return true;
            }
        }
        return false;
    }

    private void requestCatchUp() {
        ExecutorService running = worker;
        if (running != null && catchUpQueued.compareAndSet(false, true)) {
            try {
                running.execute(guarded("catch-up", () -> {
                    catchUpQueued.set(false);
                    catchUp();
                }));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                catchUpQueued.set(false); // stopping
            }
        }
    }

    private void openOrRebuild() throws IOException {
        Optional<IndexGeneration> opened = index.openCurrent();
        if (opened.isPresent()) {
            Optional<String> problem = problem(opened.get().state());
            if (problem.isEmpty()) {
                index.adopt(opened.get());
                catchUp();
                return;
            }
            LOG.infof("Search index %s: rebuilding", problem.get());
            opened.get().close();
        } else {
            LOG.info("No usable search index: building it");
        }
        rebuild();
    }

    /** Why an existing index cannot simply catch up, if it cannot. */
    private Optional<String> problem(IndexState state) {
        if (state.schema() != SearchFields.SCHEMA_VERSION) {
            return Optional.of("has schema version " + state.schema() + ", not " + SearchFields.SCHEMA_VERSION);
        }
        if (state.position().upTo() == 0) {
            return Optional.of("has no change-log position");
        }
        Optional<Long> stamp = source.changeStamp(state.position().upTo());
        if (stamp.isEmpty() || stamp.get() != state.positionStamp()) {
            return Optional.of("was built from another database (change-log row " + state.position().upTo() + " differs)");
        }
        return Optional.empty();
    }

    private RebuildReport rebuild() throws IOException {
        rebuilding.set(true);
        try {
            long startedNanos = System.nanoTime();
            // with the ids still missing below the newest row as gaps: a transaction still open may commit after the
            // stories are read, and its row is then applied after the rebuild
            FeedPosition position = source.currentPosition();
            long stamp = position.upTo() == 0 ? 0 : source.changeStamp(position.upTo()).orElse(0L);
            Instant started = clock.instant();
            OffsetDateTime now = started.atOffset(ZoneOffset.UTC);
            IndexState state = new IndexState(SearchFields.SCHEMA_VERSION, position, stamp, started);
            IndexGeneration generation = IndexGeneration.create(index.newGenerationPath(), index.analyzers().perField(), state);
            int stories = 0;
            AtomicInteger articles = new AtomicInteger();
            // this thread reads the database; analysis (most of the work) runs on a small pool, IndexWriter being
            // thread-safe; a story's articles still go in as one block (addDocuments), as StoryMatches needs
            ExecutorService analysers = Executors.newFixedThreadPool(REBUILD_THREADS, runnable -> {
                Thread thread = new Thread(runnable, "search-rebuild");
                thread.setDaemon(true);
                return thread;
            });
            Semaphore inFlight = new Semaphore(REBUILD_THREADS + 1);
            List<Future<?>> pending = new ArrayList<>();
            try {
                long after = 0;
                for (List<Long> ids = source.storyIds(after, REBUILD_BATCH); !ids.isEmpty(); ids = source.storyIds(after, REBUILD_BATCH)) {
                    List<SearchSource.StoryDocs> batch = source.documentsById(ids, now);
                    inFlight.acquire();
                    pending.add(analysers.submit(() -> {
                        try {
                            for (SearchSource.StoryDocs story : batch) {
                                generation.writer.addDocuments(story.docs());
                                articles.addAndGet(story.docs().size());
                            }
                            return null;
                        } finally {
                            inFlight.release();
                        }
                    }));
                    pending.removeIf(Future::isDone);
                    stories += ids.size();
                    after = ids.get(ids.size() - 1);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IOException("rebuild interrupted");
                    }
                    failFast(pending);
                }
                analysers.shutdown();
                for (Future<?> task : pending) {
                    task.get();
                }
                generation.commit(state);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                discard(generation, analysers);
                throw new IOException("rebuild interrupted", e);
            } catch (ExecutionException e) {
                discard(generation, analysers);
                throw e.getCause() instanceof IOException io ? io : new IOException("rebuild failed", e.getCause());
            } catch (IOException | RuntimeException e) {
                discard(generation, analysers);
                throw e;
            }
            index.swap(generation);
            Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
            LOG.infof("Search index rebuilt: %d stories, %d articles in %d ms", stories, articles.get(), took.toMillis());
            catchUp();
            return new RebuildReport(stories, articles.get(), took);
        } finally {
            rebuilding.set(false);
        }
    }

    /** Rethrows the failure of a finished analysis task at once, rather than after reading every story. */
    private static void failFast(List<Future<?>> tasks) throws ExecutionException, InterruptedException {
        for (Future<?> task : tasks) {
            if (task.isDone()) {
                task.get();
            }
        }
    }

    private static void discard(IndexGeneration generation, ExecutorService analysers) throws IOException {
        analysers.shutdownNow();
        try {
            analysers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        generation.close();
        SearchIndex.deleteTree(generation.path);
    }

    private void catchUp() throws IOException {
        Optional<IndexGeneration> live = index.live();
        if (live.isEmpty()) {
            // the first open or rebuild failed (the database was away, the disk full): try again, or the
            // index would stay empty until the next restart
            openOrRebuild();
            return;
        }
        IndexGeneration generation = live.get();
        while (!Thread.currentThread().isInterrupted()) {
            IndexState state = generation.state();
            SearchSource.Changes changes = source.changesAfter(state.position(), state.positionStamp(), CHANGE_BATCH);
            if (changes.rows() == 0) {
                // gaps may have expired: kept in memory, written with the next commit
                generation.remember(state.at(changes.next(), changes.nextStamp()));
                break;
            }
            apply(generation, changes.storyKeys(), clock.instant().atOffset(ZoneOffset.UTC));
            generation.commit(state.at(changes.next(), changes.nextStamp()));
        }
        applyTimedChanges(generation);
        if (!Thread.currentThread().isInterrupted()) {
            caughtUpSinceStart = true;
        }
    }

    /** Publish times and embargoes reached since the last check: nothing in the change log says so (yet). */
    private void applyTimedChanges(IndexGeneration generation) throws IOException {
        IndexState state = generation.state();
        Instant now = clock.instant();
        Set<String> keys = source.timedChangesBetween(state.clock().atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
        if (keys.isEmpty()) {
            generation.remember(state.withClock(now));
            return;
        }
        apply(generation, keys, now.atOffset(ZoneOffset.UTC));
        generation.commit(state.withClock(now));
    }

    private void apply(IndexGeneration generation, Set<String> keys, OffsetDateTime now) throws IOException {
        for (SearchSource.StoryDocs story : source.documents(keys, now)) {
            Term term = new Term(SearchFields.STORY, story.key());
            if (story.docs().isEmpty()) {
                generation.writer.deleteDocuments(term);
            } else {
                generation.writer.updateDocuments(term, story.docs());
            }
        }
    }

    /** Worker tasks log their failure (and are retried by the next tick); a broken writer triggers a rebuild. */
    private Runnable guarded(String what, IoTask task) {
        return () -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.infof("Search indexer %s stopped: %s", what, e.getMessage());
                    return;
                }
                LOG.errorf(e, "Search indexer %s failed; retrying on the next tick", what);
                index.live().filter(g -> !g.writer.isOpen()).ifPresent(g -> {
                    ExecutorService running = worker;
                    if (running != null) {
                        running.execute(guarded("rebuild after a writer failure", this::rebuild));
                    }
                });
            }
        };
    }

    @FunctionalInterface
    private interface IoTask {
        void run() throws IOException;
    }
}
