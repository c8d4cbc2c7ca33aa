package kopru.media;

/** A withdrawn media file was asked for: it answers 410 Gone, and caches must forget it. */
public class MediaGoneException extends RuntimeException {
    public MediaGoneException(String name) {
        super("withdrawn: " + name);
    }
}
