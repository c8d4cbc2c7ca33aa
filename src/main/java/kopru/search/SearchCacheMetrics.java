package kopru.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/** Publishes the folding and stemming caches ({@link BoundedCache}, static: they serve plain analyzers) as Micrometer caches. */
@ApplicationScoped
class SearchCacheMetrics {
    void bind(@Observes StartupEvent start, MeterRegistry registry) {
        Map.of("search-ascii-folding", Folding.ASCII, "search-loose-folding", Folding.LOOSE,
                "search-turkish-stems", SuffixStripper.TURKISH.cache, "search-kazakh-stems", SuffixStripper.KAZAKH.cache)
                .forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache.results, name));
    }
}
