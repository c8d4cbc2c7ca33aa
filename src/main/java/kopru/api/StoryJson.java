package kopru.api;

import java.util.List;
import java.util.Map;

/** The JSON shapes of the write API, as the contract in DESIGN.md names them. */
public final class StoryJson {
    private StoryJson() {
    }

    public record StoryOut(String key, String kind, List<String> tags, String original, String embargo,
            Map<String, ArticleOut> articles, List<ContactOut> contacts, List<AttachmentOut> attachments) {
    }

    /** A media contact of a press release; {@code role} per language. */
    public record ContactOut(String name, Map<String, String> role, String phone, String email) {
    }

    /** An attachment: the media file's stable URL, type and size, and its title per language. */
    public record AttachmentOut(String url, String contentType, long bytes, Map<String, String> title) {
    }

    public record ArticleOut(String title, String summary, String slug, String dateline, String author, String body,
            String status, long version, String translation, String url, String publishAt, List<String> approvedBy,
            String about, PendingOut pending) {
    }

    /** A change that waits for an editor (the article's other fields are the live text): revision number, who, when, text. */
    public record PendingOut(int revision, String savedBy, String savedAt, String title, String summary, String slug, String dateline,
            String author, String body) {
    }

    /** What an editor does with a pending change: {"action": "publish" | "discard", "revision": N}. */
    public record PendingIn(String action, int revision) {
    }

    /** {@code pending}: saved as a change that waited for an editor, not as the live text. */
    public record RevisionOut(int number, String savedBy, String savedAt, String status, String title, String slug, boolean pending) {
    }

    public record TransitionIn(String to, String at) {
    }
}
