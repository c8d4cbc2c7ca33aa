package kopru.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/**
 * The one source of the current time for every time-dependent rule (schedules, embargoes, throttles,
 * sessions, retries). Inject {@link InstantSource} instead of calling {@code now()}, so that tests can
 * move time instead of sleeping: the test sources put their own bean in place of this default.
 */
@Singleton
class Clocks {
    @Produces
    @DefaultBean
    @Singleton
    InstantSource clock() {
        return InstantSource.system();
    }
}
