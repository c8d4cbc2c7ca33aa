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

    WebhookSending webhooks();

    interface Media {
        /** The largest upload accepted (KOPRU_MEDIA_MAX_BYTES); keep quarkus.http.limits.max-body-size above it. */
        @WithDefault("10485760")
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
}
