package kopru.story;

import java.util.regex.Pattern;

/** Story keys name folders and appear in the API: a-z, 0-9 and '-', at most 80 characters. */
public final class StoryKeys {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private StoryKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && key.length() <= 80 && VALID.matcher(key).matches();
    }
}
