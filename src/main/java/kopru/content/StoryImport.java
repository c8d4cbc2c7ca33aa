package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.story.Article;
import kopru.story.ArticleText;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.StoryRuleException;
import kopru.story.StoryService;
import kopru.story.Tag;

/** Applies one story file to the database in its own transaction, touching nothing when nothing differs. */
@ApplicationScoped
class StoryImport {
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    static final String IMPORTER = "import";

    @Inject
    StoryService stories;

    @Transactional
    void saveTags(List<TagFile> tags) {
        for (TagFile file : tags) {
            Tag tag = Tag.findByKey(file.key()).orElseGet(() -> {
                Tag created = new Tag();
                created.key = file.key();
                return created;
            });
            tag.labelTr = file.tr();
            tag.labelKk = file.kk();
            if (tag.id == null) {
                tag.persist();
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome apply(StoryFile file) {
        Optional<Story> existing = Story.findByKey(file.key());
        if (existing.isPresent() && same(existing.get(), file)) {
            return Outcome.UNCHANGED;
        }
        Story story;
        try {
            story = stories.saveStory(file.key(), file.kind(), file.original(), file.embargo(), file.tags(), Actor.system(IMPORTER));
        } catch (StoryRuleException e) {
            throw new Refused(file.folder().resolve(ContentReader.STORY), e.getMessage());
        }
        for (Map.Entry<Lang, ArticleText> entry : file.articles().entrySet()) {
            Optional<Article> current = story.article(entry.getKey());
            Article article;
            try {
                article = current.isPresent() && sameText(current.get(), entry.getValue())
                        ? current.get()
                        : stories.saveArticle(story, entry.getKey(), entry.getValue(), Actor.system(IMPORTER)).article();
            } catch (StoryRuleException e) {
                throw new Refused(file.folder().resolve(entry.getKey().code() + ".md"), e.getMessage());
            }
            if (file.published() != null && !publishedAt(article, file.published())) {
                stories.publish(article, file.published(), IMPORTER);
            }
        }
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    /** A rule the story broke, tied to the file that holds the offending value; the transaction is rolled back. */
    static final class Refused extends RuntimeException {
        final transient Path path;

        Refused(Path path, String reason) {
            super(reason, null, false, false);
            this.path = path;
        }
    }

    private static boolean same(Story story, StoryFile file) {
        boolean storyFields = story.kind == file.kind() && story.original == file.original()
                && sameTime(story.embargo, file.embargo())
                && story.tags.stream().map(t -> t.key).sorted().toList().equals(file.tags().stream().sorted().toList());
        return storyFields && file.articles().entrySet().stream().allMatch(entry -> story.article(entry.getKey())
                .filter(article -> sameText(article, entry.getValue()))
                .filter(article -> file.published() == null || publishedAt(article, file.published()))
                .isPresent());
    }

    private static boolean sameText(Article article, ArticleText text) {
        return article.title.equals(text.title())
                && Objects.equals(article.summary, text.summary())
                && (text.slug() == null || text.slug().equals(article.slug))
                && Objects.equals(article.dateline, text.dateline())
                && Objects.equals(article.author, text.author())
                && article.body.equals(text.body());
    }

    private static boolean publishedAt(Article article, OffsetDateTime time) {
        return article.status == Status.PUBLISHED && sameTime(article.publishedAt, time);
    }

    private static boolean sameTime(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }
}
