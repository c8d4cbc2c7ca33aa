package kopru.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A mild recency factor on a query's score: 1 + {@value #WEIGHT} × 2^(−age / one year). A story of today gets
 * up to 12 % more than an old one with the same text score: enough to order near-ties, never to outrank a
 * better match.
 *
 * <p>Unlike {@code FunctionScoreQuery}, whose maximum score is unknown (infinite), this query tells the
 * collector that no document scores above the inner maximum × (1 + {@value #WEIGHT}), so top-k collection
 * still skips the documents that cannot make it (block-max WAND), with exactly the same scores.
 */
final class RecencyBoost extends Query {
    static final double WEIGHT = 0.12;
    private static final double HALF_LIFE_SECONDS = 365.25 * 24 * 3600;
    private static final double MAX_FACTOR = 1 + WEIGHT;
    private final Query inner;
    private final long nowSeconds;
    private final float floor;

    RecencyBoost(Query inner, long nowSeconds) {
        this(inner, nowSeconds, 0f);
    }

    /**
     * Top-k collection is told at once that documents scoring below {@code floor} are of no interest (another
     * search already found enough above it), so that it skips them from the start.
     */
    RecencyBoost(Query inner, long nowSeconds, float floor) {
        this.inner = inner;
        this.nowSeconds = nowSeconds;
        this.floor = floor;
    }

    static double factor(long publishedSeconds, long nowSeconds) {
        double age = Math.max(0, nowSeconds - publishedSeconds);
        return 1 + WEIGHT * Math.pow(2, -age / HALF_LIFE_SECONDS);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new RecencyBoost(rewritten, nowSeconds, floor);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight in = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return in;
        }
        return new FilterWeight(this, in) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null : new Boosted(this, scorer, DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED));
            }

            /**
             * The inner query's bulk scorer with the factor applied as documents are collected, so that Lucene's
             * specialised top-k bulk scorers (block-max conjunctions, max-score disjunctions) still do the work:
             * the default bulk scorer over {@link #scorer} would iterate the plain scorer instead.
             */
            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                BulkScorer bulk = in.bulkScorer(context);
                if (bulk == null) {
                    return null;
                }
                NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
                return new BulkScorer() {
                    @Override
                    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                        return bulk.score(new BoostingCollector(collector, published), acceptDocs, min, max);
                    }

                    @Override
                    public long cost() {
                        return bulk.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation explanation = in.explain(context, doc);
                if (!explanation.isMatch()) {
                    return explanation;
                }
                NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
                double factor = published.advanceExact(doc) ? factor(published.longValue(), nowSeconds) : 1;
                return Explanation.match((float) (explanation.getValue().doubleValue() * factor), "recency boost, product of:",
                        explanation, Explanation.match(factor, "recency factor"));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** Hands the collector the inner score times the factor of the document being collected. */
    private final class BoostingCollector extends FilterLeafCollector {
        private final NumericDocValues published;
        private int doc = -1;

        BoostingCollector(LeafCollector in, NumericDocValues published) {
            super(in);
            this.published = published;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            in.setScorer(new FilterScorable(scorer) {
                @Override
                public float score() throws IOException {
                    double factor = published.advanceExact(doc) ? factor(published.longValue(), nowSeconds) : 1;
                    return (float) (in.score() * factor);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public void setMinCompetitiveScore(float minScore) throws IOException {
                    in.setMinCompetitiveScore(innerMinimum(Math.max(minScore, floor)));
                }
            });
            if (floor > 0) {
                scorer.setMinCompetitiveScore(innerMinimum(floor));
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            this.doc = doc;
            in.collect(doc);
        }
    }

    /** A document whose inner score is below this cannot reach {@code minScore} whatever its age. */
    private static float innerMinimum(float minScore) {
        return Math.max(0f, Math.nextDown((float) (minScore / MAX_FACTOR)));
    }

    /** The inner score times the story's factor; its bounds are the inner bounds times the largest factor. */
    private final class Boosted extends Scorer {
        private final Scorer in;
        private final NumericDocValues published;

        Boosted(Weight weight, Scorer in, NumericDocValues published) {
            super(weight);
            this.in = in;
            this.published = published;
        }

        @Override
        public float score() throws IOException {
            int doc = in.docID();
            double factor = published.advanceExact(doc) ? factor(published.longValue(), nowSeconds) : 1;
            return (float) (in.score() * factor);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            float max = in.getMaxScore(upTo);
            return max == Float.POSITIVE_INFINITY ? max : Math.nextUp((float) (max * MAX_FACTOR));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(innerMinimum(minScore));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "recency(" + inner.toString(field) + ", now=" + nowSeconds + ", floor=" + floor + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((RecencyBoost) other).nowSeconds == nowSeconds && ((RecencyBoost) other).floor == floor
                && ((RecencyBoost) other).inner.equals(inner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, nowSeconds, floor);
    }
}
