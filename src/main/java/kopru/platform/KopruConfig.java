package kopru.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Köprü's own settings; each also reads from its environment variable (KOPRU_DATA_DIR, ...). */
@ConfigMapping(prefix = "kopru")
public interface KopruConfig {
    /** Embedded database, Lucene index and media. */
    Path dataDir();

    /** Imported into an empty database at first start. */
    Path contentDir();

    /** Password of the admin account created at first start; random and logged once if absent. */
    Optional<String> adminPassword();

    /** Absolute base URL of the public site, used in canonical links, feeds and sitemaps. */
    @WithDefault("http://localhost:8080")
    String siteUrl();

    /** A WebSub hub (https://www.w3.org/TR/websub/): feeds name it, and it is pinged when they change. */
    Optional<String> websubHub();

    Media media();

    WorkflowRules workflow();

    PageCacheLimits pageCache();

    ChangeFeedRules changeFeed();

    ReadinessRules readiness();

    WebhookSending webhooks();

    interface Media {
        /** The largest upload accepted (KOPRU_MEDIA_MAX_BYTES); keep quarkus.http.limits.max-body-size above it. */
        @WithDefault("10485760")
        long maxBytes();
    }

    interface PageCacheLimits {
        /**
         * The most memory rendered pages may hold (KOPRU_PAGE_CACHE_MAX_BYTES): bytes of each page's body and gzip
         * form plus its key; the least used pages are dropped beyond it and rebuilt when asked for again.
         */
        @WithDefault("67108864")
        long maxBytes();
    }

    interface WebhookSending {
        /** Webhooks sent to at once (KOPRU_WEBHOOKS_SENDERS): one thread each, one delivery in flight per webhook. */
        @WithDefault("8")
        int senders();
    }

    interface WorkflowRules {
        /** Whether a statement's language version needs a second editor's approval before it is published or scheduled. */
        @WithDefault("true")
        boolean statementApproval();
    }

    interface ChangeFeedRules {
        /**
         * How long a change-log id missing below a higher one is waited for (kopru.story.ChangeFeed): longer than any
         * transaction may last (quarkus.transaction-manager.default-transaction-timeout, 60 s by default).
         */
        @WithDefault("PT5M")
        java.time.Duration gapTimeout();
    }

    interface ReadinessRules {
        /** Readiness is DOWN while this node's search index is further behind the change log than this. */
        @WithDefault("5s")
        java.time.Duration maxIndexLag();
    }
}
