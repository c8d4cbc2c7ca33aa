package kopru.admin;

import java.util.List;
import kopru.story.WordDiff;

/** The records the story templates (list, editor, revisions, diff, dashboard) render. */
public final class EditorViews {
    private EditorViews() {
    }

    /** A value of a select and its label. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A workflow button: the target status and what it says. */
    public record Move(String to, String label) {
    }

    /** What another person saved meanwhile, shown beside the editor's own text after a stale save. */
    public record Theirs(String title, String summary, String body, String savedBy, String savedAt) {
    }

    /** One language column of the editor. {@code status} is null for an article not written yet. */
    public record Column(String lang, String langName, StoryForm.Fields fields, String status, String statusLabel, String publicUrl,
            String publishAt, String previewHtml, String translation, String translationLabel, String originalChangesUrl,
            List<Move> moves, Theirs theirs, Approval approval, Pending pending) {
    }

    /** A change that waits for an editor: its revision, who and when, the diff against the live text, what this user may do. */
    public record Pending(int revision, String savedBy, String savedAt, String diffUrl, boolean mayPublish, boolean mayDiscard) {
    }

    /** A statement's four-eyes state: who approved the current version, and whether this user may approve it. */
    public record Approval(String approvedBy, boolean mayApprove) {
    }

    public record EditorPage(AdminUser user, String heading, boolean existing, String key, List<Choice> kinds, List<Choice> originals,
            String tags, String embargo, String embargoZones, List<Column> columns, List<String> problems, String notice,
            boolean confirmDelete, boolean mayDelete, String pressUrl) {
    }

    public record StoryRow(String key, List<ArticleCell> articles, String kind, String lastChange) {
    }

    public record ArticleCell(String lang, String title, String status, String statusLabel, String translationLabel, String translation) {
    }

    public record ListPage(AdminUser user, String heading, String notice, List<Choice> statuses, List<Choice> kinds, List<Choice> langs,
            List<Choice> tags, boolean needsTranslation, String query, List<StoryRow> rows, int total, String previous, String next) {
    }

    public record RevisionRow(int number, String savedBy, String savedAt, String status, String title, String previousDiff, boolean pending) {
    }

    public record RevisionsPage(AdminUser user, String heading, String key, String lang, long version, List<RevisionRow> rows,
            String notice, String error) {
    }

    public record DiffPage(AdminUser user, String heading, String key, String lang, int from, int to, String fromWhen, String toWhen,
            List<WordDiff.Part> title, List<WordDiff.Part> summary, List<WordDiff.Part> body, boolean changed) {
    }

    /** A scheduled article on the dashboard; {@code missed} when its time passed and it is still not published. */
    public record ScheduledRow(String key, String lang, String title, String at, boolean missed) {
    }

    /** A change that waits for an editor, on the dashboard. */
    public record WaitingRow(String key, String lang, String title, String savedBy, String savedAt) {
    }

    public record DashboardPage(AdminUser user, String heading, String notice, long drafts, long inReview, long needsTranslation,
            List<ScheduledRow> scheduled, long missed, List<WaitingRow> waiting) {
    }

    public record ProblemPage(AdminUser user, String heading, String message) {
    }
}
