package kopru.story;

/** A save that breaks a rule of the content (taken slug, missing title...). Nothing was written. */
public class StoryRuleException extends RuntimeException {
    /** Which rule, so that the editorial interface can say it in the user's language. */
    public enum Problem { BAD_KEY, KEY_USED, UNKNOWN_TAG, TITLE_REQUIRED, BAD_SLUG, SLUG_TAKEN, NEW_STORY_INCOMPLETE, VERSION_REQUIRED }

    public final Problem problem;

    public StoryRuleException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }
}
