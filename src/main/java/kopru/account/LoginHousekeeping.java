package kopru.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.InstantSource;

/**
 * Expired sessions and forgotten throttle rows leave the database every few minutes. Every node may run it at the
 * same time: deleting what has expired twice does no harm, so it needs no claim.
 */
@ApplicationScoped
class LoginHousekeeping {
    @Inject
    LoginSessions sessions;
    @Inject
    LoginThrottle throttle;
    @Inject
    InstantSource clock;

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        sessions.deleteExpired();
        throttle.forgetExpired(clock.instant());
    }
}
