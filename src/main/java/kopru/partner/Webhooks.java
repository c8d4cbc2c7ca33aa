package kopru.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kopru.audit.AuditLog;
import kopru.partner.WebhookRuleException.Problem;

/** Webhook management for admins: create, enable or disable, delete, and read the delivery log. */
@ApplicationScoped
public class Webhooks {
    static final String CREATED = "webhook-created";
    static final String ACTIVE = "webhook-active";
    static final String DELETED = "webhook-deleted";
    static final int MAX_LABEL = 100;
    static final int MAX_URL = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;
    @Inject
    InstantSource clock;

    public record WebhookRow(long id, String label, String url, boolean active, OffsetDateTime createdAt, long pending, long failed) {
    }

    /** One delivery as the log shows it; event, story and lang are read from what was (or will be) sent. */
    public record DeliveryRow(long id, String event, String story, String lang, String status, int attempts, Integer lastStatus,
            String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

    /** A webhook just made, with its signing secret: the only time anyone sees it. */
    public record NewWebhook(WebhookRow webhook, String secret) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookRow> list() {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        WebhookDelivery.getEntityManager().createQuery("select d.webhook.id, d.status, count(d) from WebhookDelivery d"
                        + " where d.status in (:pending, :failed) group by d.webhook.id, d.status", Object[].class)
                .setParameter("pending", WebhookDelivery.PENDING).setParameter("failed", WebhookDelivery.FAILED).getResultList()
                .forEach(c -> counts.computeIfAbsent((Long) c[0], id -> new HashMap<>()).put((String) c[1], (Long) c[2]));
        return Webhook.<Webhook>listAll(Sort.by("id")).stream()
                .map(w -> row(w, counts.getOrDefault(w.id, Map.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookRow find(long id) {
        Webhook webhook = existing(id);
        return row(webhook, Map.of(
                WebhookDelivery.PENDING, WebhookDelivery.count("webhook = ?1 and status = ?2", webhook, WebhookDelivery.PENDING),
                WebhookDelivery.FAILED, WebhookDelivery.count("webhook = ?1 and status = ?2", webhook, WebhookDelivery.FAILED)));
    }

    private static WebhookRow row(Webhook w, Map<String, Long> counts) {
        return new WebhookRow(w.id, w.label, w.url, w.active, w.createdAt, counts.getOrDefault(WebhookDelivery.PENDING, 0L),
                counts.getOrDefault(WebhookDelivery.FAILED, 0L));
    }

    /** The signing secret is the one given, or a new random one. Either way the admin sees it only now. */
    @Transactional
    public NewWebhook create(String label, String url, String secret, String by) {
        Webhook webhook = new Webhook();
        webhook.label = checkedLabel(label);
        webhook.url = checkedUrl(url);
        webhook.secret = secret == null || secret.isBlank() ? newSecret() : checkedSecret(secret.strip());
        webhook.active = true;
        webhook.createdAt = clock.instant().atOffset(ZoneOffset.UTC);
        webhook.persist();
        audit.record(by, CREATED, webhook.label, webhook.url);
        return new NewWebhook(row(webhook, Map.of()), webhook.secret);
    }

    @Transactional
    public void setActive(long id, boolean active, String by) {
        Webhook webhook = existing(id);
        webhook.active = active;
        audit.record(by, ACTIVE, webhook.label, webhook.url + " → " + active);
    }

    /** Its delivery log goes with it (ON DELETE CASCADE). */
    @Transactional
    public void delete(long id, String by) {
        Webhook webhook = existing(id);
        audit.record(by, DELETED, webhook.label, webhook.url);
        webhook.delete();
    }

    /** One page of a delivery log, and whether another page follows. */
    public record DeliverySlice(List<DeliveryRow> rows, boolean more) {
    }

    /** Newest first; {@code page} counts from 0. One row past the page tells whether another page follows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliverySlice deliveries(long webhookId, int page, int size) {
        Webhook webhook = existing(webhookId);
        int first = page * size;
        List<DeliveryRow> rows = WebhookDelivery.<WebhookDelivery>find("webhook = ?1", Sort.descending("id"), webhook)
                .range(first, first + size).list().stream().map(this::row).toList();
        return new DeliverySlice(rows.subList(0, Math.min(size, rows.size())), rows.size() > size);
    }

    private DeliveryRow row(WebhookDelivery d) {
        JsonNode payload;
        try {
            payload = json.readTree(d.payload);
        } catch (JsonProcessingException e) {
            payload = json.createObjectNode();
        }
        return new DeliveryRow(d.id, payload.path("event").asText(""), payload.path("story").asText(""), payload.path("lang").asText(""),
                d.status, d.attempts, d.lastStatus, d.lastError, WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null,
                d.deliveredAt, d.createdAt);
    }

    private static Webhook existing(long id) {
        return Webhook.<Webhook>findByIdOptional(id).orElseThrow(() -> new WebhookRuleException(Problem.NO_SUCH_WEBHOOK));
    }

    private static String checkedLabel(String label) {
        String checked = label == null ? "" : label.strip();
        if (checked.isEmpty() || checked.length() > MAX_LABEL || checked.chars().anyMatch(Character::isISOControl)) {
            throw new WebhookRuleException(Problem.BAD_LABEL);
        }
        return checked;
    }

    /** An absolute http(s) URL with a host: the sender can reach nothing else, and a typo should show now, not in the log. */
    static String checkedUrl(String url) {
        String checked = url == null ? "" : url.strip();
        if (checked.isEmpty() || checked.length() > MAX_URL || checked.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new WebhookRuleException(Problem.BAD_URL);
        }
        try {
            URI uri = new URI(checked);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new WebhookRuleException(Problem.BAD_URL);
            }
        } catch (URISyntaxException e) {
            throw new WebhookRuleException(Problem.BAD_URL);
        }
        return checked;
    }

    private static String checkedSecret(String secret) {
        if (secret.length() < 16 || secret.length() > 200 || secret.chars().anyMatch(Character::isISOControl)) {
            throw new WebhookRuleException(Problem.BAD_SECRET);
        }
        return secret;
    }

    private static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
