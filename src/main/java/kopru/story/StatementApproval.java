package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import kopru.account.Roles;
import kopru.audit.AuditLog;
import kopru.i18n.Lang;
import kopru.platform.KopruConfig;

/**
 * Four eyes on statements (kopru.workflow.statement-approval, on by default): a statement's language version is
 * published or scheduled only when an editor other than the one doing it approved the article as it stands now.
 * An approval names the article's version, and every change of the article (a save, a status move) makes a new
 * version, so a text approved and then changed needs approving again.
 */
@ApplicationScoped
public class StatementApproval {
    public static final String AUDIT_ACTION = "approve";

    @Inject
    KopruConfig config;
    @Inject
    AuditLog audit;

    @Transactional
    public void approve(String key, Lang lang, String user, Set<String> roles) {
        if (!roles.contains(Roles.EDITOR)) {
            throw new ApprovalException(ApprovalException.Problem.NEEDS_EDITOR, "approving needs the role editor");
        }
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        Article article = story.article(lang).orElseThrow(() -> new StoryNotFoundException(key + "/" + lang));
        if (story.kind != Kind.STATEMENT) {
            throw new ApprovalException(ApprovalException.Problem.NOT_A_STATEMENT, "only statements take approvals");
        }
        String writer = lastWriter(article);
        if (user.equals(writer)) {
            throw new ApprovalException(ApprovalException.Problem.OWN_TEXT, "the last change of this text is " + user + "'s own: another editor approves it");
        }
        Approval approval = new Approval();
        approval.article = article;
        approval.articleVersion = article.version;
        approval.approvedBy = user;
        approval.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        approval.persist();
        audit.record(user, AUDIT_ACTION, key + "/" + lang, "version " + article.version);
    }

    /** Whether the four-eyes rule governs this story. */
    public boolean appliesTo(Story story) {
        return governs(story.kind);
    }

    /** Whether the four-eyes rule governs stories of this kind. */
    public boolean governs(Kind kind) {
        return config.workflow().statementApproval() && kind == Kind.STATEMENT;
    }

    /**
     * Who wrote the text an approval would cover: the writer of the pending change, else of the live text. Four eyes
     * means two people: this one may not approve it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    String lastWriter(Article article) {
        if (article.pendingRevision != null) {
            return Revision.<Revision>find("article = ?1 and number = ?2", article, article.pendingRevision).firstResultOptional()
                    .map(r -> r.savedBy).orElse(article.textBy);
        }
        return article.textBy;
    }

    /**
     * Forgets every approval of the story's articles: an approval was given to a statement, so a story that changes
     * kind (away and back included) is approved again before it is published as one. The audit log keeps them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void voidAll(Story story) {
        if (!story.articles.isEmpty()) {
            Approval.delete("article in ?1", story.articles);
        }
    }

    /** Refuses when the rule is on, the article is a statement's and nobody but {@code user} approved its current version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void require(Article article, String user) {
        if (!appliesTo(article.story)) {
            return;
        }
        long approvals = Approval.count("article = ?1 and articleVersion = ?2 and approvedBy <> ?3", article, article.version, user);
        if (approvals == 0) {
            throw new ApprovalException(ApprovalException.Problem.APPROVAL_MISSING,
                    "a statement needs the approval of its current version by another editor before it is published or scheduled");
        }
    }

    /** Who approved the current version of the article, for the editor and the API. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> currentApprovers(Article article) {
        return Approval.<Approval>list("article = ?1 and articleVersion = ?2 order by id", article, article.version).stream()
                .map(a -> a.approvedBy).distinct().toList();
    }
}
