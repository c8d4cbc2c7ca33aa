package kopru.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.ChangeConsumer;
import kopru.story.ChangeLogEntry;
import kopru.story.Story;
import kopru.story.Visibility;

/**
 * Follows the change log and turns each row into one pending delivery per active webhook, in the
 * same transaction that moves the follower on: a crash loses no event and doubles none.
 */
@ApplicationScoped
class WebhookFanout {
    static final String CONSUMER = "webhooks";
    private static final int BATCH = 500;

    @Inject
    SiteUrls urls;
    @Inject
    ObjectMapper json;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void fanOut() {
        ChangeConsumer consumer = ChangeConsumer.lock(CONSUMER);
        List<ChangeLogEntry> changes = ChangeLogEntry.<ChangeLogEntry>find("id > ?1 order by id", consumer.position).page(0, BATCH).list();
        if (changes.isEmpty()) {
            return;
        }
        List<Webhook> webhooks = Webhook.list("active", true);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (ChangeLogEntry change : changes) {
            payload(change, now).ifPresent(payload -> webhooks.forEach(webhook -> queue(webhook, change, payload, now)));
            consumer.position = change.id;
        }
    }

    private static void queue(Webhook webhook, ChangeLogEntry change, String payload, OffsetDateTime now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhook = webhook;
        delivery.changeId = change.id;
        delivery.payload = payload;
        delivery.status = WebhookDelivery.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.persist();
    }

    /**
     * The event as partners receive it. A publish or update whose article the public cannot see yet
     * (future time, embargo) is not announced: partners hear of it when it becomes visible.
     */
    private Optional<String> payload(ChangeLogEntry change, OffsetDateTime now) {
        String event = change.action.name().toLowerCase(java.util.Locale.ROOT);
        Optional<Article> article = Story.<Story>findByKey(change.storyKey).flatMap(story -> story.article(change.lang));
        boolean announcesContent = change.action == ChangeLogEntry.Action.PUBLISH || change.action == ChangeLogEntry.Action.UPDATE;
        if (announcesContent && article.filter(a -> Visibility.isPublic(a, now)).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("change", change.id);
        body.put("story", change.storyKey);
        body.put("lang", change.lang.code());
        body.put("occurred", change.createdAt.toString());
        if (announcesContent) {
            Article a = article.get();
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("title", a.title);
            content.put("summary", a.summary);
            content.put("url", urls.absolute(SiteUrls.article(a)));
            content.put("published", a.publishedAt.toString());
            content.put("updated", a.updatedAt.toString());
            body.put("article", content);
        }
        try {
            return Optional.of(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
