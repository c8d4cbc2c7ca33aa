package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kopru.i18n.Lang;

/** A slug an article has had. Slugs are never reused, and an old one redirects to the current URL. */
@Entity
@Table(name = "article_slug")
public class ArticleSlug extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public Lang lang;
    public String slug;
}
