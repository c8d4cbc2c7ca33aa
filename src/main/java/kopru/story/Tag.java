package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;
import kopru.i18n.Lang;

/** A subject label shared by stories, named in both languages. */
@Entity
public class Tag extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tag_key")
    public String key;

    @Column(name = "label_tr")
    public String labelTr;

    @Column(name = "label_kk")
    public String labelKk;

    public String label(Lang lang) {
        return lang == Lang.TR ? labelTr : labelKk;
    }

    public static Optional<Tag> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
