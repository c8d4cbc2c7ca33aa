package kopru.content;

import java.nio.file.Path;

/** A file that could not be imported, and why. */
public record ContentProblem(Path path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
