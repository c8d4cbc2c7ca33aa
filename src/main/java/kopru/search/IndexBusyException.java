package kopru.search;

import java.nio.file.Path;

/** Another process (usually the running server) holds the index of this data folder. */
public class IndexBusyException extends RuntimeException {
    IndexBusyException(Path root, Throwable cause) {
        super("the search index at " + root.toAbsolutePath() + " is in use by another process (is the server running?"
                + " then rebuild through it: POST /api/v1/admin/search/rebuild)", cause);
    }
}
