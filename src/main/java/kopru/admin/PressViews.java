package kopru.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kopru.i18n.Lang;
import kopru.media.MediaItem;
import kopru.story.Article;
import kopru.story.PressFields;
import kopru.story.PressRuleException;
import kopru.story.Story;

/** The press-fields form, from the stored story or from a refused submission (so nothing typed is lost). */
@ApplicationScoped
public class PressViews {
    /** Empty rows offered below the filled ones: room to add without JavaScript. */
    static final int SPARE_ROWS = 2;

    public record ContactRow(String name, String roleTr, String roleKk, String phone, String email) {
    }

    public record AttachmentRow(String hash, String titleTr, String titleKk) {
    }

    public record MediaOption(String hash, String label) {
    }

    public record PressPage(AdminUser user, String heading, Notice notice, String key, String title, String stamp, boolean hasTr,
            boolean hasKk, List<ContactRow> contacts, String aboutTr, String aboutKk, List<AttachmentRow> attachments,
            List<MediaOption> media) {
    }

    @Transactional
    Optional<PressPage> stored(String key, AdminUser user, AdminMessages msg, Notice notice) {
        return Story.findByKey(key == null ? "" : key).map(story -> {
            List<ContactRow> contacts = story.contacts.stream().map(c -> new ContactRow(c.name, c.roleTr, c.roleKk, c.phone, c.email)).toList();
            List<AttachmentRow> attachments = story.attachments.stream().map(a -> new AttachmentRow(a.media.hash, a.titleTr, a.titleKk)).toList();
            return page(story, user, msg, notice, PressFields.stamp(story), contacts, about(story, Lang.TR), about(story, Lang.KK), attachments);
        });
    }

    @Transactional
    Optional<PressPage> submitted(String key, PressFields.Draft draft, String stamp, AdminUser user, AdminMessages msg, Notice notice) {
        return Story.findByKey(key).map(story -> page(story, user, msg, notice, stamp,
                draft.contacts().stream().map(c -> new ContactRow(c.name(), c.roleTr(), c.roleKk(), c.phone(), c.email())).toList(),
                draft.about().get(Lang.TR), draft.about().get(Lang.KK),
                draft.attachments().stream().map(a -> new AttachmentRow(a.hash(), a.titleTr(), a.titleKk())).toList()));
    }

    private static PressPage page(Story story, AdminUser user, AdminMessages msg, Notice notice, String stamp, List<ContactRow> contacts,
            String aboutTr, String aboutKk, List<AttachmentRow> attachments) {
        String title = story.article(story.original).or(() -> story.articles.stream().findFirst()).map(a -> a.title).orElse(story.key);
        List<ContactRow> contactRows = new ArrayList<>(contacts);
        Stream.generate(() -> new ContactRow(null, null, null, null, null)).limit(SPARE_ROWS).forEach(contactRows::add);
        List<AttachmentRow> attachmentRows = new ArrayList<>(attachments);
        Stream.generate(() -> new AttachmentRow(null, null, null)).limit(SPARE_ROWS).forEach(attachmentRows::add);
        List<MediaOption> media = MediaItem.<MediaItem>find("order by id desc").page(0, MediaViews.SHOWN).stream()
                .map(m -> new MediaOption(m.hash, (m.originalName == null ? m.hash.substring(0, 12) : m.originalName) + " · " + m.format().name()
                        + " · " + m.displaySize())).toList();
        return new PressPage(user, msg.pressFields(), notice, story.key, title, stamp, story.article(Lang.TR).isPresent(),
                story.article(Lang.KK).isPresent(), contactRows, aboutTr, aboutKk, attachmentRows, media);
    }

    private static String about(Story story, Lang lang) {
        return story.article(lang).map((Article a) -> a.about).orElse(null);
    }

    static String problem(AdminMessages msg, PressRuleException e) {
        String text = switch (e.problem) {
            case NAME_MISSING -> msg.pressNameMissing();
            case BAD_EMAIL -> msg.pressBadEmail();
            case BAD_PHONE -> msg.pressBadPhone();
            case TOO_LONG -> msg.mediaTextTooLong();
            case NO_SUCH_MEDIA -> msg.mediaNoSuch();
            case ALT_MISSING -> msg.mediaMissingAlt();
            case TITLE_MISSING -> msg.pressTitleMissing();
            case STALE -> msg.pressStale();
        };
        return e.row > 0 ? msg.pressRow(e.row, text) : text;
    }
}
