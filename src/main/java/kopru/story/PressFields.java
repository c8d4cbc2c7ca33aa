package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import kopru.audit.AuditLog;
import kopru.content.MarkdownRenderer;
import kopru.i18n.Lang;
import kopru.media.MediaItem;

/**
 * The press-release fields of a story: media contacts, an "about" text per language and attachments. Saved
 * all at once after every entry was checked; on a published story the change is public (change-log rows).
 */
@ApplicationScoped
public class PressFields {
    public static final String AUDIT_ACTION = "press-fields";
    static final int MAX_TEXT = 200;
    static final int MAX_ABOUT = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"'(),;:]+@[^@\\s<>\"'(),;:]+\\.[^@\\s<>\"'(),;:]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,40}");

    public record Contact(String name, String roleTr, String roleKk, String phone, String email) {
    }

    public record Attachment(String hash, String titleTr, String titleKk) {
    }

    /** Everything the press form or a content file gives; {@code about} holds the languages it sets. */
    public record Draft(List<Contact> contacts, Map<Lang, String> about, List<Attachment> attachments) {
    }

    @Inject
    MarkdownRenderer markdown;
    @Inject
    ChangeLog changeLog;
    @Inject
    AuditLog audit;
    @Inject
    MediaUsages mediaUsages;

    /**
     * Replaces the story's press fields. {@code stamp} is the {@link #stamp} the editor's form was made from;
     * null skips the check (content import).
     */
    @Transactional
    public void save(String key, Draft draft, String stamp, String user) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        if (stamp != null && !stamp.equals(stamp(story))) {
            throw new PressRuleException(PressRuleException.Problem.STALE, 0, "changed since the form was opened");
        }
        List<MediaContact> contacts = contacts(story, draft.contacts());
        List<StoryAttachment> attachments = attachments(story, draft.attachments());
        for (Map.Entry<Lang, String> about : draft.about().entrySet()) {
            if (about.getValue() != null && about.getValue().length() > MAX_ABOUT) {
                throw new PressRuleException(PressRuleException.Problem.TOO_LONG, 0, "about " + about.getKey());
            }
        }
        String before = stamp(story);
        story.contacts.clear();
        story.attachments.clear();
        // Orphans go first, so that positions never meet twice in one flush.
        Story.flush();
        story.contacts.addAll(contacts);
        story.attachments.addAll(attachments);
        draft.about().forEach((lang, text) -> story.article(lang).ifPresent(article -> {
            String about = blankToNull(text);
            if (!Objects.equals(about, article.about)) {
                article.about = about;
                article.aboutHtml = about == null ? null : markdown.render(about, lang);
            }
        }));
        if (!before.equals(stamp(story))) {
            story.articles.forEach(mediaUsages::update);
            story.articles.stream().filter(a -> a.status == Status.PUBLISHED)
                    .forEach(a -> changeLog.record(story.key, a.lang, ChangeLogEntry.Action.UPDATE));
            audit.record(user, AUDIT_ACTION, story.key, null);
        }
    }

    private static List<MediaContact> contacts(Story story, List<Contact> given) {
        List<MediaContact> contacts = new ArrayList<>();
        for (Contact c : given) {
            int row = contacts.size() + 1;
            MediaContact contact = new MediaContact();
            contact.story = story;
            contact.position = row;
            contact.name = text(c.name(), row);
            if (contact.name == null) {
                throw new PressRuleException(PressRuleException.Problem.NAME_MISSING, row, "name");
            }
            contact.roleTr = text(c.roleTr(), row);
            contact.roleKk = text(c.roleKk(), row);
            contact.phone = text(c.phone(), row);
            contact.email = text(c.email(), row);
            if (contact.phone != null && !PHONE.matcher(contact.phone).matches()) {
                throw new PressRuleException(PressRuleException.Problem.BAD_PHONE, row, contact.phone);
            }
            if (contact.email != null && !EMAIL.matcher(contact.email).matches()) {
                throw new PressRuleException(PressRuleException.Problem.BAD_EMAIL, row, contact.email);
            }
            contacts.add(contact);
        }
        return contacts;
    }

    private static List<StoryAttachment> attachments(Story story, List<Attachment> given) {
        List<StoryAttachment> attachments = new ArrayList<>();
        for (Attachment a : given) {
            int row = attachments.size() + 1;
            StoryAttachment attachment = new StoryAttachment();
            attachment.story = story;
            attachment.position = row;
            attachment.media = MediaItem.findByHash(a.hash() == null ? "" : a.hash().strip())
                    .orElseThrow(() -> new PressRuleException(PressRuleException.Problem.NO_SUCH_MEDIA, row, String.valueOf(a.hash())));
            if (!attachment.media.hasAltTexts()) {
                throw new PressRuleException(PressRuleException.Problem.ALT_MISSING, row, a.hash());
            }
            attachment.titleTr = text(a.titleTr(), row);
            attachment.titleKk = text(a.titleKk(), row);
            if (attachment.titleTr == null || attachment.titleKk == null) {
                throw new PressRuleException(PressRuleException.Problem.TITLE_MISSING, row, a.hash());
            }
            attachments.add(attachment);
        }
        return attachments;
    }

    /** A digest of the story's press fields: a form made from an older state is refused (nothing typed is silently lost). */
    public static String stamp(Story story) {
        StringBuilder state = new StringBuilder();
        story.contacts.forEach(c -> state.append(String.join("\u0000", "c", c.name, s(c.roleTr), s(c.roleKk), s(c.phone), s(c.email))).append('\n'));
        story.attachments.forEach(a -> state.append(String.join("\u0000", "a", a.media.hash, a.titleTr, a.titleKk)).append('\n'));
        story.articles.forEach(a -> state.append(String.join("\u0000", "b", a.lang.code(), s(a.about))).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String s(String value) {
        return value == null ? "" : value;
    }

    private static String text(String value, int row) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new PressRuleException(PressRuleException.Problem.TOO_LONG, row, text.length() + " characters");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
