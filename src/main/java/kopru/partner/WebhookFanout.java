package kopru.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.ChangeFollower;
import kopru.story.ChangeLogEntry;
import kopru.story.Story;
import kopru.story.Visibility;

/**
 * Turns each change-log entry into one pending delivery per active webhook. A cluster-wide follower of the change
 * feed: the entries are claimed with the follower's position row, in the same transaction that writes the
 * deliveries, so exactly one node queues each event, a crash loses none and doubles none (the unique
 * (webhook, change) key would refuse a double anyway).
 */
@ApplicationScoped
class WebhookFanout implements ChangeFollower {
    @Inject
    SiteUrls urls;
    @Inject
    ObjectMapper json;
    @Inject
    InstantSource clock;

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Keeping keeping() {
        return Keeping.CLUSTER;
    }

    @Override
    public void handle(List<ChangeLogEntry> changes) {
        List<Webhook> webhooks = Webhook.list("active", true);
        if (webhooks.isEmpty()) {
            return;
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (ChangeLogEntry change : changes) {
            payload(change, now).ifPresent(payload -> webhooks.forEach(webhook -> queue(webhook, change, payload, now)));
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
