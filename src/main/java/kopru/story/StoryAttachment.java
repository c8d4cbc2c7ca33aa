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
import jakarta.persistence.Table;
import kopru.i18n.Lang;
import kopru.media.MediaItem;

/** A file offered with a story (a PDF of the release, a photo), titled in both languages. */
@Entity
@Table(name = "story_attachment")
public class StoryAttachment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public Story story;

    @ManyToOne(optional = false)
    @JoinColumn(name = "media_id")
    public MediaItem media;

    public int position;

    @Column(name = "title_tr")
    public String titleTr;

    @Column(name = "title_kk")
    public String titleKk;

    public String title(Lang lang) {
        return lang == Lang.TR ? titleTr : titleKk;
    }
}
