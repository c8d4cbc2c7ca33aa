package kopru.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import kopru.i18n.Lang;
import kopru.story.Story;
import kopru.story.StoryRuleException;
import org.jboss.logging.Logger;

/**
 * Imports a content folder all or nothing: every story, tag, media file and account is applied in one transaction,
 * which commits only when it was asked to ({@code apply}) and nothing at all was wrong. A dry run goes through
 * exactly the same steps and rolls back, so its report is what applying would do. Importing what is already there
 * changes nothing.
 */
@ApplicationScoped
public class ContentImporter {
    private static final Logger LOG = Logger.getLogger(ContentImporter.class);
    /** A session that grows with 100,000 stories slows every flush: it is emptied every so many stories. */
    private static final int CLEAR_EVERY = 200;
    private static final int TIMEOUT_SECONDS = 6 * 3600;

    @Inject
    ContentReader reader;
    @Inject
    StoryRestore stories;
    @Inject
    LibraryRestore library;

    private final ReentrantLock running = new ReentrantLock();

    @ActivateRequestContext
    public ImportReport importFolder(Path root) {
        return importFolder(root, true);
    }

    /**
     * @throws ImportBusyException when another import runs. The request context holds the transaction that
     *         {@link QuarkusTransaction#begin} opens; a command or a startup observer has none of its own.
     */
    @ActivateRequestContext
    public ImportReport importFolder(Path root, boolean apply) {
        if (!running.tryLock()) {
            throw new ImportBusyException();
        }
        try {
            ContentFolder folder = reader.read(root);
            List<ContentProblem> problems = new ArrayList<>(folder.problems());
            Set<String> duplicates = new HashSet<>();
            problems.addAll(duplicateSlugs(folder.stories(), duplicates));
            ImportReport report;
            QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(TIMEOUT_SECONDS));
            try {
                report = applyAll(folder, duplicates, problems, apply);
            } catch (PersistenceException e) {
                LOG.warnf(e, "Import of %s refused by the database", root);
                problems.add(new ContentProblem(root, "the database refused the import: " + rootMessage(e)));
                report = new ImportReport(false, 0, 0, 0, 0, 0, 0, List.copyOf(problems));
            } finally {
                if (QuarkusTransaction.isActive()) {
                    QuarkusTransaction.rollback();
                }
            }
            LOG.infof("%s %s: %s", apply ? "Imported" : "Dry run of", root, report);
            report.problems().forEach(problem -> LOG.warnf("Not imported: %s", problem));
            return report;
        } finally {
            running.unlock();
        }
    }

    private ImportReport applyAll(ContentFolder folder, Set<String> skipped, List<ContentProblem> problems, boolean apply) {
        LibraryRestore.Counts counts = new LibraryRestore.Counts();
        for (MediaFile file : folder.media()) {
            try {
                library.medium(file, counts);
            } catch (StoryRestore.Refused e) {
                problems.add(e.problem());
            }
        }
        Map<String, Long> tagIds = library.tags(folder.tags(), counts);
        library.accounts(folder.accounts(), counts);
        EntityManager em = Story.getEntityManager();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (StoryFile story : folder.stories()) {
            if (skipped.contains(story.key())) {
                continue; // already reported; applying it would only report its clash a second time
            }
            try {
                switch (stories.apply(story, tagIds)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (StoryRestore.Refused e) {
                problems.add(e.problem());
            } catch (StoryRuleException e) {
                problems.add(new ContentProblem(story.folder(), e.getMessage()));
            }
            if (++done % CLEAR_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        boolean applied = apply && problems.isEmpty();
        if (applied) {
            QuarkusTransaction.commit();
        }
        return new ImportReport(applied, created, updated, unchanged, counts.tags, counts.media, counts.accounts,
                List.copyOf(problems));
    }

    /** Two stories of one folder asking for the same slug (current or former) in one language: both are named. */
    private static List<ContentProblem> duplicateSlugs(List<StoryFile> stories, Set<String> duplicates) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (StoryFile story : stories) {
            for (Map.Entry<Lang, ArticleFile> entry : story.articles().entrySet()) {
                List<String> slugs = new ArrayList<>(entry.getValue().formerSlugs());
                if (entry.getValue().text().slug() != null) {
                    slugs.add(entry.getValue().text().slug());
                }
                for (String slug : slugs) {
                    String owner = owners.putIfAbsent(entry.getKey() + "/" + slug, story.key());
                    if (owner != null && !owner.equals(story.key())) {
                        duplicates.add(story.key());
                        problems.add(new ContentProblem(entry.getValue().file(), Yamls.lineOf(frontMatterOf(entry.getValue()), "slug"),
                                "duplicate slug '" + slug + "' in " + entry.getKey() + ": already used by story " + owner));
                    }
                }
            }
        }
        return problems;
    }

    private static String frontMatterOf(ArticleFile file) {
        try {
            return java.nio.file.Files.readString(file.file());
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }
}
