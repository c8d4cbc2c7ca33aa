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
}
