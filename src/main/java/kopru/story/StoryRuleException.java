package kopru.story;

/** A save that breaks a rule of the content (taken slug, missing title...). Nothing was written. */
public class StoryRuleException extends RuntimeException {
    public StoryRuleException(String message) {
        super(message);
    }
}
