package kopru.admin;

import java.util.Arrays;
import java.util.List;
import kopru.i18n.Lang;
import kopru.story.Kind;
import kopru.story.Status;
import kopru.story.TranslationStatus;

/** Story words of the editorial interface: statuses, kinds, languages, and translation states (rule problems: AdminTexts). */
final class StoryTexts {
    private StoryTexts() {
    }

    static String status(AdminMessages msg, Status status) {
        return switch (status) {
            case DRAFT -> msg.statusDraft();
            case IN_REVIEW -> msg.statusInReview();
            case SCHEDULED -> msg.statusScheduled();
            case PUBLISHED -> msg.statusPublished();
            case ARCHIVED -> msg.statusArchived();
        };
    }

    /** The button that moves an article to {@code to}. */
    static String move(AdminMessages msg, Status to) {
        return switch (to) {
            case DRAFT -> msg.toDraft();
            case IN_REVIEW -> msg.toInReview();
            case SCHEDULED -> msg.toScheduled();
            case PUBLISHED -> msg.toPublished();
            case ARCHIVED -> msg.toArchived();
        };
    }

    static String kind(AdminMessages msg, Kind kind) {
        return switch (kind) {
            case NEWS -> msg.kindNews();
            case PRESS_RELEASE -> msg.kindPressRelease();
            case STATEMENT -> msg.kindStatement();
        };
    }

    static String lang(AdminMessages msg, Lang lang) {
        return lang == Lang.TR ? msg.langTr() : msg.langKk();
    }

    static String translation(AdminMessages msg, TranslationStatus.State state) {
        return switch (state) {
            case MISSING -> msg.translationMissing();
            case OUTDATED -> msg.translationOutdated();
            case CURRENT -> msg.translationCurrent();
        };
    }

    static List<EditorViews.Choice> kinds(AdminMessages msg, String selected) {
        return Arrays.stream(Kind.values()).map(k -> new EditorViews.Choice(k.code(), kind(msg, k), k.code().equals(selected))).toList();
    }

    static List<EditorViews.Choice> langs(AdminMessages msg, String selected) {
        return Arrays.stream(Lang.values()).map(l -> new EditorViews.Choice(l.code(), lang(msg, l), l.code().equals(selected))).toList();
    }

    static List<EditorViews.Choice> statuses(AdminMessages msg, String selected) {
        return Arrays.stream(Status.values()).map(s -> new EditorViews.Choice(s.code(), status(msg, s), s.code().equals(selected))).toList();
    }
}
