package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import kopru.content.ContentImporter;
import kopru.i18n.Lang;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the index lays its documents out, where search speed or scores depend on it. */
@QuarkusTest
@TestProfile(SearchTestProfile.class)
class IndexLayoutTest {
    @Inject
    ContentImporter importer;
    @Inject
    SearchIndexer indexer;
    @Inject
    SearchIndex index;

    @BeforeEach
    void corpus() throws InterruptedException {
        SearchTestStories.ensureImported(importer, indexer);
    }

    @Test
    void shouldKeepLengthNormsDenseWithoutCountingTheOtherLanguageInTheStatistics() throws IOException {
        try (SearchIndex.Lease lease = index.lease().orElseThrow()) {
            IndexSearcher searcher = lease.searcher;
            for (Lang lang : SearchFields.LANGS) {
                int otherLang = searcher.count(new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(SearchFields.LANG, lang.code())), BooleanClause.Occur.MUST_NOT).build());
                assertTrue(otherLang > 0, "both languages in the corpus");
                for (SearchFields.Section section : SearchFields.Section.values()) {
                    for (SearchFields.Variant variant : List.of(SearchFields.Variant.EXACT, SearchFields.Variant.STEM)) {
                        String field = SearchFields.text(section, lang, variant);
                        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                            // a value for every document, so that scoring reads it without a search
                            assertEquals(leaf.reader().maxDoc(), leaf.reader().getNormValues(field).cost(), field + ": dense norms");
                        }
                        // the other language's documents (empty in this field) are not among those with the field, so
                        // that its average length, and every score, is that of the language's own texts
                        CollectionStatistics stats = searcher.collectionStatistics(field);
                        assertTrue(stats.docCount() + otherLang <= searcher.getIndexReader().maxDoc(), field + ": " + stats);
                    }
                }
            }
        }
    }
}
