package kopru.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

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

    RecencyBoost(Query inner, long nowSeconds) {
        this.inner = inner;
        this.nowSeconds = nowSeconds;
    }

    static double factor(long publishedSeconds, long nowSeconds) {
        double age = Math.max(0, nowSeconds - publishedSeconds);
        return 1 + WEIGHT * Math.pow(2, -age / HALF_LIFE_SECONDS);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new RecencyBoost(rewritten, nowSeconds);
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
            // a document below minScore / MAX_FACTOR cannot reach minScore whatever its age
            in.setMinCompetitiveScore(Math.max(0f, Math.nextDown((float) (minScore / MAX_FACTOR))));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "recency(" + inner.toString(field) + ", now=" + nowSeconds + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((RecencyBoost) other).nowSeconds == nowSeconds && ((RecencyBoost) other).inner.equals(inner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, nowSeconds);
    }
}
