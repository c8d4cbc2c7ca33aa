package kopru.content;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The backup round trip empties the database on purpose (export, wipe, import, export again), so it runs in its
 * own application start: the database is cleaned at each start and the seed imported again.
 */
public class BackupTestProfile implements QuarkusTestProfile {
}
