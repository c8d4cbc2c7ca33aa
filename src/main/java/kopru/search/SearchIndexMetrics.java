package kopru.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The live index's size as {@code kopru_search_index_documents}, read from its searcher at each scrape. */
@Singleton
class SearchIndexMetrics implements MeterBinder {
    @Inject
    SearchIndex index;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kopru.search.index.documents", this, SearchIndexMetrics::documents)
                .description("Documents (published language versions) in the live search index; NaN before it is open")
                .register(registry);
    }

    private double documents() {
        return index.lease().map(lease -> {
            try (lease) {
                return (double) lease.searcher.getIndexReader().numDocs();
            }
        }).orElse(Double.NaN);
    }
}
