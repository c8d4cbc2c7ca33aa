package kopru.media;

/** An upload or media edit that cannot be accepted; nothing was stored. The problem is shown in the user's language. */
public class MediaRejectedException extends RuntimeException {
    public enum Problem {
        NO_FILE(400), EMPTY(400), TOO_LARGE(413), UNKNOWN_TYPE(415), TOO_MANY_PIXELS(400), UNDECODABLE(415),
        MISSING_ALT(400), TEXT_TOO_LONG(400), NO_SUCH_MEDIA(404);

        public final int status;

        Problem(int status) {
            this.status = status;
        }
    }

    public final Problem problem;

    public MediaRejectedException(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }
}
