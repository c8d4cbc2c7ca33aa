package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kopru.account.Roles;
import kopru.audit.AuditLog;
import kopru.i18n.Lang;

/**
 * Status changes of one language version, with the role each needs: authors write and submit for review;
 * editors review, publish, schedule and unpublish; admins may do everything (their role implies editor).
 */
@ApplicationScoped
public class Workflow {
    /** Where an article may go from each status. */
    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.DRAFT, Set.of(Status.IN_REVIEW, Status.PUBLISHED, Status.SCHEDULED),
            Status.IN_REVIEW, Set.of(Status.DRAFT, Status.PUBLISHED, Status.SCHEDULED),
            Status.SCHEDULED, Set.of(Status.DRAFT, Status.PUBLISHED, Status.SCHEDULED, Status.ARCHIVED),
            Status.PUBLISHED, Set.of(Status.ARCHIVED, Status.DRAFT),
            Status.ARCHIVED, Set.of(Status.DRAFT, Status.PUBLISHED));

    @Inject
    StoryService stories;
    @Inject
    AuditLog audit;
    @Inject
    StatementApproval approvals;

    /** The least role that may move an article to {@code to}. */
    public static String roleFor(Status from, Status to) {
        boolean authorMove = (to == Status.IN_REVIEW || to == Status.DRAFT) && from != Status.PUBLISHED && from != Status.SCHEDULED;
        return authorMove ? Roles.AUTHOR : Roles.EDITOR;
    }

    /** Where someone with these roles may move an article from {@code from}, in the order of {@link Status}. */
    public static List<Status> targets(Status from, Set<String> roles) {
        return Arrays.stream(Status.values())
                .filter(to -> ALLOWED.getOrDefault(from, Set.of()).contains(to) && roles.contains(roleFor(from, to))).toList();
    }

    @Transactional
    public void transition(String key, Lang lang, Status to, OffsetDateTime at, String user, Set<String> roles) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        Article article = story.article(lang).orElseThrow(() -> new StoryNotFoundException(key + "/" + lang));
        Status from = article.status;
        if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
            throw new WorkflowException("cannot go from " + from + " to " + to, false);
        }
        if (!roles.contains(roleFor(from, to))) {
            throw new WorkflowException("moving from " + from + " to " + to + " needs the role " + roleFor(from, to), true);
        }
        if (to == Status.PUBLISHED || to == Status.SCHEDULED) {
            approvals.require(article, user);
        }
        OffsetDateTime now = OffsetDateTime.now();
        String subject = key + "/" + lang;
        switch (to) {
            case PUBLISHED -> {
                stories.publish(article, now, user);
                audit.record(user, AuditLog.PUBLISH, subject, null);
            }
            case SCHEDULED -> {
                if (at == null || !at.isAfter(now)) {
                    throw new WorkflowException("\"at\" must be a time in the future for scheduled", false);
                }
                stories.schedule(article, at, user);
                audit.record(user, AuditLog.SCHEDULE, subject, at.toString());
            }
            case ARCHIVED -> {
                stories.unpublish(article, user);
                audit.record(user, AuditLog.UNPUBLISH, subject, null);
            }
            case DRAFT, IN_REVIEW -> {
                if (from == Status.PUBLISHED) {
                    audit.record(user, AuditLog.UNPUBLISH, subject, null);
                }
                stories.withdraw(article, to, user);
            }
        }
    }
}
