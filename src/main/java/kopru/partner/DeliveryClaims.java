package kopru.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The database side of sending: which webhooks have work, claiming one due delivery for a node, and recording how its
 * attempt went. Each step is its own short transaction, so that no transaction stays open while a partner answers.
 *
 * <p>A claim is a conditional update ({@code … where id = ? and (lease_until is null or lease_until < now)}): when two
 * nodes try the same row, the second waits for the first to commit, finds the lease taken and moves on to the next
 * row, on PostgreSQL and on H2 alike. The lease outlasts the longest attempt ({@link WebhookPoster#LONGEST_ATTEMPT}),
 * so a healthy node always records before it ends; a node that dies leaves its delivery to another one after it.
 */
@ApplicationScoped
class DeliveryClaims {
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Rows looked at per claim: enough to get past the few that other nodes are claiming at the same moment. */
    private static final int CANDIDATES = 10;
    private static final String DUE = "d.status = :pending and d.nextAttemptAt <= :now and (d.leaseUntil is null or d.leaseUntil < :now)";

    enum Outcome { DELIVERED, RETRIED, FAILED, TAKEN_OVER }

    /** What one attempt needs, read when the delivery was claimed. */
    record Claimed(long id, long webhookId, String url, String secret, String payload) {
    }

    @Inject
    InstantSource clock;

    /** Active webhooks that have a delivery due and free to claim, at most {@code max} of them. */
    List<Long> webhooksWithDue(int max) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.getEntityManager()
                .createQuery("select distinct d.webhook.id from WebhookDelivery d where d.webhook.active = true and " + DUE, Long.class)
                .setParameter("pending", WebhookDelivery.PENDING).setParameter("now", now())
                .setMaxResults(max).getResultList());
    }

    /** Claims the oldest due delivery of one webhook for {@code node}; empty when there is none left to claim. */
    Optional<Claimed> claimNext(long webhookId, String node) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            List<Long> candidates = WebhookDelivery.getEntityManager()
                    .createQuery("select d.id from WebhookDelivery d where d.webhook.id = :webhook and d.webhook.active = true and " + DUE
                            + " order by d.nextAttemptAt, d.id", Long.class)
                    .setParameter("webhook", webhookId).setParameter("pending", WebhookDelivery.PENDING).setParameter("now", now)
                    .setMaxResults(CANDIDATES).getResultList();
            for (long id : candidates) {
                int won = WebhookDelivery.update("claimedBy = ?1, leaseUntil = ?2 where id = ?3 and status = ?4 and nextAttemptAt <= ?5"
                        + " and (leaseUntil is null or leaseUntil < ?5)", node, now.plus(LEASE), id, WebhookDelivery.PENDING, now);
                if (won == 1) {
                    WebhookDelivery delivery = WebhookDelivery.findById(id);
                    return Optional.of(new Claimed(id, webhookId, delivery.webhook.url, delivery.webhook.secret, delivery.payload));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Records an attempt and releases the claim: delivered, or due again after {@link #retryDelay}, or failed for good
     * after {@link WebhookSender#MAX_ATTEMPTS}. Nothing is written if the webhook was deleted meanwhile or another node
     * took the delivery over after this node's lease ran out (that node records its own attempt).
     */
    Outcome record(Claimed claimed, String node, WebhookPoster.Attempt attempt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(claimed.id(), LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || !WebhookDelivery.PENDING.equals(delivery.status) || !node.equals(delivery.claimedBy)) {
                return Outcome.TAKEN_OVER;
            }
            OffsetDateTime now = now();
            delivery.attempts++;
            delivery.lastStatus = attempt.status();
            delivery.lastError = attempt.error() == null ? null : attempt.error().substring(0, Math.min(500, attempt.error().length()));
            delivery.claimedBy = null;
            delivery.leaseUntil = null;
            if (attempt.delivered()) {
                delivery.status = WebhookDelivery.DELIVERED;
                delivery.deliveredAt = now;
                return Outcome.DELIVERED;
            }
            if (delivery.attempts >= WebhookSender.MAX_ATTEMPTS) {
                delivery.status = WebhookDelivery.FAILED;
                return Outcome.FAILED;
            }
            delivery.nextAttemptAt = now.plus(retryDelay(delivery.attempts));
            return Outcome.RETRIED;
        });
    }

    /** 30 s after the first failure, doubling up to 6 h. */
    static Duration retryDelay(int attempts) {
        Duration delay = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration longest = Duration.ofHours(6);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
