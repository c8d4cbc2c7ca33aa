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

/** A person the press may call about a story; the name is the same in both languages, the role is not. */
@Entity
@Table(name = "media_contact")
public class MediaContact extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public Story story;

    public int position;
    public String name;

    @Column(name = "role_tr")
    public String roleTr;

    @Column(name = "role_kk")
    public String roleKk;

    public String phone;
    public String email;

    public String role(Lang lang) {
        return lang == Lang.TR ? roleTr : roleKk;
    }
}
