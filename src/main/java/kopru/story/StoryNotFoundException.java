package kopru.story;

/** No story (or no such language version) under that key. */
public class StoryNotFoundException extends RuntimeException {
    public StoryNotFoundException(String what) {
        super("no story " + what);
    }
}
