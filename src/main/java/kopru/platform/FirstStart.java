package kopru.platform;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import kopru.account.AdminBootstrap;
import kopru.content.ContentImporter;
import kopru.story.Story;
import org.jboss.logging.Logger;

/** On a server start with an empty database: the admin account, then the content folder. Commands skip it. */
@ApplicationScoped
class FirstStart {
    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    @Inject
    KopruConfig config;
    @Inject
    AdminBootstrap admin;
    @Inject
    ContentImporter importer;
    @Inject
    @CommandLineArguments
    String[] args;

    void onStart(@Observes StartupEvent event) {
        if (args.length > 0) {
            return;
        }
        admin.createAdminIfNoAccount();
        if (Story.count() == 0) {
            if (Files.isDirectory(config.contentDir())) {
                importer.importFolder(config.contentDir());
            } else {
                LOG.infof("No content folder at %s: starting with an empty site", config.contentDir().toAbsolutePath());
            }
        }
    }
}
