package kopru.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The documents {@code matching} matches, scored by {@code scoring} (which must match all of them; it may match
 * more). The matching side is a ready weight without scores, so that one search's passes (counting, then ranking
 * each language) look its terms up once. Top-k collection runs on the scoring query alone, a plain disjunction of
 * weighted terms that Lucene prunes well (max-score: a document is only looked at when its clauses could still reach
 * the page), and a document it offers is kept only when {@code matching} has it too. The matching query (all words
 * required, per word any of its forms, exclusions, filters) is thus only advanced to the few hundred documents
 * offered, instead of leading a conjunction of wide disjunctions through every match.
 */
final class ScoreWithin extends Query {
    private final Query scoring;
    private final Weight matches;

    /** {@code matches}: a weight of {@link ScoreMode#COMPLETE_NO_SCORES} from the same searcher. */
    ScoreWithin(Query scoring, Weight matches) {
        this.scoring = scoring;
        this.matches = matches;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query s = scoring.rewrite(searcher);
        return s == scoring ? this : new ScoreWithin(s, matches);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight scores = scoring.createWeight(searcher, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = scores.scorer(context);
                Scorer filter = matches.scorer(context);
                if (scorer == null || filter == null) {
                    return null;
                }
                Membership member = new Membership(filter);
                TwoPhaseIterator inner = scorer.twoPhaseIterator();
                DocIdSetIterator approximation = inner == null ? scorer.iterator() : inner.approximation();
                TwoPhaseIterator both = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        return (inner == null || inner.matches()) && member.has(approximation.docID());
                    }

                    @Override
                    public float matchCost() {
                        return (inner == null ? 0 : inner.matchCost()) + 10;
                    }
                };
                return new Scorer(this) {
                    @Override
                    public DocIdSetIterator iterator() {
                        return TwoPhaseIterator.asDocIdSetIterator(both);
                    }

                    @Override
                    public TwoPhaseIterator twoPhaseIterator() {
                        return both;
                    }

                    @Override
                    public int docID() {
                        return approximation.docID();
                    }

                    @Override
                    public float score() throws IOException {
                        return scorer.score();
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return scorer.getMaxScore(upTo);
                    }

                    @Override
                    public int advanceShallow(int target) throws IOException {
                        return scorer.advanceShallow(target);
                    }

                    @Override
                    public void setMinCompetitiveScore(float minScore) throws IOException {
                        scorer.setMinCompetitiveScore(minScore);
                    }
                };
            }

            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                BulkScorer bulk = scores.bulkScorer(context);
                Scorer filter = matches.scorer(context);
                if (bulk == null || filter == null) {
                    return null;
                }
                Membership member = new Membership(filter);
                return new BulkScorer() {
                    @Override
                    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                        return bulk.score(new FilterLeafCollector(collector) {
                            @Override
                            public void collect(int doc) throws IOException {
                                if (member.has(doc)) {
                                    in.collect(doc);
                                }
                            }
                        }, acceptDocs, min, max);
                    }

                    @Override
                    public long cost() {
                        return bulk.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation match = matches.explain(context, doc);
                return match.isMatch() ? scores.explain(context, doc) : Explanation.noMatch("not matched", match);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return scores.isCacheable(ctx) && matches.isCacheable(ctx);
            }
        };
    }

    /** Whether the matching query has a document; asked in increasing document order. */
    private static final class Membership {
        private final DocIdSetIterator approximation;
        private final TwoPhaseIterator twoPhase;
        private int lastDoc = -1;
        private boolean last;

        Membership(Scorer scorer) {
            twoPhase = scorer.twoPhaseIterator();
            approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }

        boolean has(int doc) throws IOException {
            if (doc == lastDoc) {
                return last;
            }
            int at = approximation.docID();
            if (at < doc) {
                at = approximation.advance(doc);
            }
            lastDoc = doc;
            last = at == doc && (twoPhase == null || twoPhase.matches());
            return last;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        scoring.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
        matches.getQuery().visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "within(" + scoring.toString(field) + ", " + matches.getQuery().toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((ScoreWithin) other).scoring.equals(scoring) && ((ScoreWithin) other).matches == matches;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), scoring, System.identityHashCode(matches));
    }
}
