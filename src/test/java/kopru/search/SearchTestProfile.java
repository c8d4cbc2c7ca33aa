package kopru.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The search tests that add stories (relevance set, visibility, catch-up) run in their own application
 * start, so that their extra stories never show up in other features' tests. The database is cleaned
 * at each start; the index notices that it belongs to another database and rebuilds.
 */
public class SearchTestProfile implements QuarkusTestProfile {
    static final String ADMIN_PASSWORD = "search-test-admin";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kopru.admin-password", ADMIN_PASSWORD);
    }
}
