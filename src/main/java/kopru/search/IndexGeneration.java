package kopru.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index directory with its long-lived writer and near-real-time {@link SearcherManager}.
 * A rebuild writes a new generation beside the live one and then takes its place.
 */
final class IndexGeneration implements Closeable {
    private static final double RAM_BUFFER_MB = 64;
    private static final double REBUILD_RAM_BUFFER_MB = 256;
    final Path path;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    private volatile IndexState state;

    private IndexGeneration(Path path, Directory directory, IndexWriter writer, IndexState state) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.state = state;
        this.searchers = new SearcherManager(writer, new SlicedSearcherFactory());
    }

    /** A new, empty generation at {@code path}. */
    static IndexGeneration create(Path path, Analyzer analyzer, IndexState initial) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            // a new generation is filled by a full rebuild: a larger buffer means fewer, larger flushed segments
            IndexWriter writer = new IndexWriter(directory, config(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(REBUILD_RAM_BUFFER_MB));
            IndexGeneration generation = new IndexGeneration(path, directory, writer, initial);
            generation.commit(initial);
            return generation;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The existing index at {@code path} with its recorded state; empty when there is none or it is not ours. */
    static Optional<IndexGeneration> open(Path path, Analyzer analyzer) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
            Optional<IndexState> state = IndexState.fromUserData(userData);
            if (state.isEmpty()) {
                directory.close();
                return Optional.empty();
            }
            IndexWriter writer = new IndexWriter(directory, config(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND));
            return Optional.of(new IndexGeneration(path, directory, writer, state.get()));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB).setCommitOnClose(false);
    }

    IndexState state() {
        return state;
    }

    /** Keeps a newer state in memory only; it is written with the next commit. */
    void remember(IndexState newState) {
        state = newState;
    }

    /** Makes the documents written so far and {@code newState} durable together, then shows them to searchers. */
    void commit(IndexState newState) throws IOException {
        writer.setLiveCommitData(newState.toUserData().entrySet());
        writer.commit();
        state = newState;
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback(); // uncommitted work is redone from the change log
        } finally {
            directory.close();
        }
    }
}
