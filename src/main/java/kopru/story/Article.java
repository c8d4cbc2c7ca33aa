package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import kopru.i18n.Lang;

/** One language version of a {@link Story}. Every save of it is kept as a {@link Revision}. */
@Entity
public class Article extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public Story story;

    public Lang lang;
    public String slug;
    public String title;
    public String summary;
    public String body;

    /** The body rendered from Markdown and sanitised; what the public sees. */
    public String html;

    /** The "about" boilerplate of a press release (Markdown) and its sanitised HTML; see {@link PressFields}. */
    public String about;

    @Column(name = "about_html")
    public String aboutHtml;

    public String dateline;
    public String author;
    public Status status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Optimistic lock: a save that started from an older version is refused. */
    @Version
    public long version;

    /** The number of the revision that holds a change waiting for an editor (see {@link PendingRevisions}); null when none. */
    @Column(name = "pending_revision")
    public Integer pendingRevision;

    /** Who last changed the live text; a statement's approver must be someone else. */
    @Column(name = "text_by")
    public String textBy;

    /** The revision number of the other language this text was translated from, if any. */
    @Column(name = "translated_from_revision")
    public Long translatedFromRevision;

    /** When the public text last changed: the later of publication and last save. */
    public OffsetDateTime lastChanged() {
        return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }
}
