package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kopru.i18n.Lang;

/** The language-independent unit of publishing; it has one {@link Article} per language. */
@Entity
public class Story extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "story_key")
    public String key;

    public Kind kind;

    @Column(name = "original_lang")
    public Lang original;

    public OffsetDateTime embargo;

    @Column(name = "first_published")
    public OffsetDateTime firstPublished;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Set when the story was deleted: it is kept, hidden, and its key and slugs stay reserved. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @ManyToMany
    @JoinTable(name = "story_tag", joinColumns = @JoinColumn(name = "story_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("key")
    public Set<Tag> tags = new LinkedHashSet<>();

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lang")
    public List<Article> articles = new ArrayList<>();

    /** Press-release fields (kopru.story.PressFields): media contacts and attachments, in their order. */
    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MediaContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<StoryAttachment> attachments = new ArrayList<>();

    public Optional<Article> article(Lang lang) {
        return articles.stream().filter(a -> a.lang == lang).findFirst();
    }

    /** The story under this key, unless it was deleted. */
    public static Optional<Story> findByKey(String key) {
        return find("key = ?1 and deletedAt is null", key).firstResultOptional();
    }

    /** Whether the key was ever used, deleted stories included: keys are never reused. */
    public static boolean keyUsed(String key) {
        return count("key", key) > 0;
    }
}
