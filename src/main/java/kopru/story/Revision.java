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
import java.time.OffsetDateTime;

/** One saved state of an article, kept forever. */
@Entity
public class Revision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public int number;

    @Column(name = "saved_by")
    public String savedBy;

    @Column(name = "saved_at")
    public OffsetDateTime savedAt;

    public String title;
    public String summary;
    public String slug;
    public String dateline;
    public String author;
    public String body;
    public Status status;

    /** A proposed change that was not the live text when it was saved (an author's change to a published article). */
    public boolean pending;

    public ArticleText text() {
        return new ArticleText(title, summary, slug, dateline, author, body);
    }
}
