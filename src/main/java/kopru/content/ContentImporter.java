package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.story.ArticleText;
import kopru.story.StoryRuleException;
import org.jboss.logging.Logger;

/**
 * Imports a content folder: each story in its own transaction, so a bad story is reported
 * and skipped while the rest lands. Importing the same folder twice changes nothing.
 */
@ApplicationScoped
public class ContentImporter {
    private static final Logger LOG = Logger.getLogger(ContentImporter.class);

    @Inject
    ContentReader reader;
    @Inject
    StoryImport storyImport;

    public ImportReport importFolder(Path root) {
        ContentFolder folder = reader.read(root);
        List<ContentProblem> problems = new ArrayList<>(folder.problems());
        storyImport.saveTags(folder.tags());
        Map<String, String> slugOwners = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (StoryFile story : folder.stories()) {
            ContentProblem duplicate = duplicateSlug(story, slugOwners);
            if (duplicate != null) {
                problems.add(duplicate);
                continue;
            }
            try {
                switch (storyImport.apply(story)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (StoryImport.Refused e) {
                problems.add(new ContentProblem(e.path, e.getMessage()));
            } catch (StoryRuleException e) {
                problems.add(new ContentProblem(story.folder(), e.getMessage()));
            } catch (PersistenceException e) {
                LOG.warnf(e, "Story %s could not be saved", story.key());
                problems.add(new ContentProblem(story.folder(), "the database refused the story: " + rootMessage(e)));
            }
        }
        ImportReport report = new ImportReport(created, updated, unchanged, List.copyOf(problems));
        LOG.infof("Imported %s: %s", root, report);
        report.problems().forEach(problem -> LOG.warnf("Not imported: %s", problem));
        return report;
    }

    /** Two stories of one folder asking for the same slug in one language: the later one is refused. */
    private static ContentProblem duplicateSlug(StoryFile story, Map<String, String> owners) {
        for (Map.Entry<Lang, ArticleText> entry : story.articles().entrySet()) {
            String owner = owners.get(entry.getKey() + "/" + entry.getValue().slug());
            if (entry.getValue().slug() != null && owner != null) {
                return new ContentProblem(story.folder().resolve(entry.getKey().code() + ".md"), "duplicate slug '"
                        + entry.getValue().slug() + "' in " + entry.getKey() + ": already used by story " + owner);
            }
        }
        story.articles().forEach((lang, text) -> owners.put(lang + "/" + text.slug(), story.key()));
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }
}
