package kopru.content;

/** Another import is running: imports take turns, so that two never interleave their changes. */
public class ImportBusyException extends RuntimeException {
    public ImportBusyException() {
        super("another import is running", null, false, false);
    }
}
