package kopru.content;

import java.nio.file.Path;

/** A file that could not be imported, and why; {@code line} is 1-based, 0 when the problem is the whole file. */
public record ContentProblem(Path path, int line, String reason) {
    public ContentProblem(Path path, String reason) {
        this(path, 0, reason);
    }

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
