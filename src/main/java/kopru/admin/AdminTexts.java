package kopru.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import kopru.account.AccountRuleException;
import kopru.i18n.Lang;
import kopru.story.StoryRuleException;

/** Admin strings for Java code, and times shown with their zone (editors work across two). */
public final class AdminTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private AdminTexts() {
    }

    public static AdminMessages of(Lang lang) {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(lang.code()));
    }

    /** "2024-03-01 10:00 İstanbul · 13:00 Almatı": both newsroom zones side by side. */
    public static String bothZones(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        var istanbul = time.atZoneSameInstant(Lang.TR.zone());
        var almaty = time.atZoneSameInstant(Lang.KK.zone());
        // Almaty is two hours ahead: near midnight it is already the next day there, so say so.
        boolean sameDay = istanbul.toLocalDate().equals(almaty.toLocalDate());
        return TIME.format(istanbul) + " (Europe/Istanbul) · " + (sameDay ? HOUR : TIME).format(almaty) + " (Asia/Almaty)";
    }

    /** A broken content rule in words; the editor and the write API both say it so. */
    public static String problem(AdminMessages msg, StoryRuleException.Problem problem) {
        return switch (problem) {
            case BAD_KEY -> msg.problemBadKey();
            case KEY_USED -> msg.problemKeyUsed();
            case UNKNOWN_TAG -> msg.problemUnknownTag();
            case TITLE_REQUIRED -> msg.problemTitleRequired();
            case BAD_SLUG -> msg.problemBadSlug();
            case SLUG_TAKEN -> msg.problemSlugTaken();
            case NEW_STORY_INCOMPLETE -> msg.problemBadKind();
            case VERSION_REQUIRED -> msg.problemStoryExists();
        };
    }

    public static String problem(AdminMessages msg, AccountRuleException.Problem problem) {
        return switch (problem) {
            case BAD_USERNAME -> msg.problemBadUsername();
            case USERNAME_TAKEN -> msg.problemUsernameTaken();
            case WEAK_PASSWORD -> msg.problemWeakPassword();
            case WRONG_PASSWORD -> msg.problemWrongPassword();
            case BAD_ROLE -> msg.problemBadRole();
            case NO_SUCH_ACCOUNT -> msg.problemNoSuchAccount();
            case LAST_ADMIN -> msg.problemLastAdmin();
        };
    }
}
