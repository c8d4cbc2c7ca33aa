package kopru.platform;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The clock of the test application: the system's time plus an offset that a test moves forward
 * ({@link #advance}) instead of sleeping. Time still runs, so timeouts and polling behave as in production.
 * Tests that move it call {@link #reset} when they are done.
 */
@Singleton
public class TestClock implements InstantSource {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
