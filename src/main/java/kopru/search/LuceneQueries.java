package kopru.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link ParsedQuery} into Lucene queries. Each word becomes a disjunction over every
 * language and field variant, weighted title over summary over body, exact spelling (1.0) over
 * folded-and-stemmed (0.7) over a folded prefix (a small constant), plus the other-language forms of a
 * name (0.8). Which documents match follows this structure (every word, any of its forms); how a match
 * ranks is the sum of its distinct weighted terms ({@link #scoringByLang}), so that a word found in the title
 * in its exact spelling collects the title, exact and stem weights.
 */
final class LuceneQueries {
    static final float STEM_WEIGHT = 0.7f;
    static final float PREFIX_SCORE = 0.5f;
    static final float EXPLICIT_PREFIX_SCORE = 1.5f;
    static final float ALTERNATIVE_WEIGHT = 0.8f;
    static final int MIN_PREFIX = 4;
    private static final float TIE_BREAKER = 0.1f;

    private final SearchAnalyzers analyzers;
    private final EquivalentNames names;

    LuceneQueries(SearchAnalyzers analyzers, EquivalentNames names) {
        this.analyzers = analyzers;
        this.names = names;
    }

    /**
     * The whole query: every required group must match ({@code requireAll}) or any may; excluded parts must not;
     * {@code filter} (may be null) restricts without scoring. Null when nothing searchable is left.
     */
    Query query(ParsedQuery parsed, List<Lang> langs, boolean requireAll, Query filter, QueryTerms terms) {
        return query(parsed, langs, requireAll, filter, terms, false);
    }

    /**
     * A query that matches exactly the documents {@link #query} matches, for counting them without scores: a word's
     * exact-spelling clauses are left out when its stem clause in the same section matches wherever they do (the
     * stemmed analysis is the exact one folded and stemmed; checked per word by stemming the exact term): three
     * clauses fewer per word and language. (Leaving out the stem clauses too, covered by the folded prefix when
     * the stemmer did not harden a final g/b, was measured slower: the prefix's bit set then costs more.)
     */
    Query matching(ParsedQuery parsed, List<Lang> langs, boolean requireAll, Query filter) {
        return query(parsed, langs, requireAll, filter, new QueryTerms(), true);
    }

    private Query query(ParsedQuery parsed, List<Lang> langs, boolean requireAll, Query filter, QueryTerms terms, boolean matchOnly) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int positives = 0;
        for (List<ParsedQuery.Part> group : parsed.required()) {
            Query groupQuery = group(group, langs, terms, matchOnly);
            if (groupQuery != null) {
                builder.add(groupQuery, requireAll ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
                positives++;
            }
        }
        if (positives == 0) {
            return null;
        }
        QueryTerms ignored = new QueryTerms();
        for (ParsedQuery.Part part : parsed.excluded()) {
            Query excluded = part(part, langs, ignored, matchOnly);
            if (excluded != null) {
                builder.add(excluded, BooleanClause.Occur.MUST_NOT);
            }
        }
        if (filter != null) {
            builder.add(filter, BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The parts of one group joined by OR; null when none of them is searchable (stop words only). */
    Query group(List<ParsedQuery.Part> group, List<Lang> langs, QueryTerms terms, boolean matchOnly) {
        List<Query> queries = new ArrayList<>();
        for (ParsedQuery.Part part : group) {
            Query query = part(part, langs, terms, matchOnly);
            if (query != null) {
                queries.add(query);
            }
        }
        if (queries.size() <= 1) {
            return queries.isEmpty() ? null : queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    Query part(ParsedQuery.Part part, List<Lang> langs, QueryTerms terms, boolean matchOnly) {
        return part.phrase() ? phrase(part.text(), langs, terms) : word(part.text(), part.prefix(), langs, terms, true, matchOnly);
    }

    Query word(String word, boolean explicitPrefix, List<Lang> langs, QueryTerms terms, boolean withAlternatives) {
        return word(word, explicitPrefix, langs, terms, withAlternatives, false);
    }

    private Query word(String word, boolean explicitPrefix, List<Lang> langs, QueryTerms terms, boolean withAlternatives,
            boolean matchOnly) {
        List<Query> alternatives = new ArrayList<>();
        for (Lang lang : langs) {
            String folded = first(analyzers.of(lang, SearchFields.Variant.PREFIX), word);
            if (explicitPrefix) {
                if (folded != null) {
                    alternatives.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.prefix(lang), folded)), EXPLICIT_PREFIX_SCORE));
                    terms.prefix(lang, folded);
                }
                continue;
            }
            String exact = first(analyzers.of(lang, SearchFields.Variant.EXACT), word);
            String stem = first(analyzers.of(lang, SearchFields.Variant.STEM), word);
            boolean stemCovers = matchOnly && stem != null && exact != null && stem.equals(first(analyzers.of(lang, SearchFields.Variant.STEM), exact));
            for (SearchFields.Section section : SearchFields.Section.values()) {
                if (exact != null && !stemCovers) {
                    alternatives.add(new BoostQuery(new TermQuery(new Term(SearchFields.text(section, lang, SearchFields.Variant.EXACT), exact)),
                            section.boost));
                }
                if (stem != null) {
                    alternatives.add(new BoostQuery(new TermQuery(new Term(SearchFields.text(section, lang, SearchFields.Variant.STEM), stem)),
                            section.boost * STEM_WEIGHT));
                }
            }
            if (exact != null) {
                terms.exact(lang, exact);
            }
            if (stem != null) {
                terms.stem(lang, stem);
                if (stem.length() >= MIN_PREFIX) {
                    alternatives.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.prefix(lang), stem)), PREFIX_SCORE));
                    terms.prefix(lang, stem);
                }
            }
        }
        if (withAlternatives && !explicitPrefix) {
            for (String other : names.alternatives(word)) {
                Query query = other.contains(" ") ? phrase(other, langs, terms) : word(other, false, langs, terms, false, matchOnly);
                if (query != null) {
                    alternatives.add(new BoostQuery(query, ALTERNATIVE_WEIGHT));
                }
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    Query phrase(String text, List<Lang> langs, QueryTerms terms) {
        List<Query> alternatives = new ArrayList<>();
        for (Lang lang : langs) {
            for (SearchFields.Variant variant : List.of(SearchFields.Variant.EXACT, SearchFields.Variant.STEM)) {
                Analyzer analyzer = analyzers.of(lang, variant);
                QueryBuilder builder = new QueryBuilder(analyzer);
                for (SearchFields.Section section : SearchFields.Section.values()) {
                    Query query = builder.createPhraseQuery(SearchFields.text(section, lang, variant), text);
                    if (query != null) {
                        float weight = variant == SearchFields.Variant.EXACT ? 1f : STEM_WEIGHT;
                        alternatives.add(new BoostQuery(query, section.boost * weight));
                    }
                }
                for (String term : all(analyzer, text)) {
                    if (variant == SearchFields.Variant.EXACT) {
                        terms.exact(lang, term);
                    } else {
                        terms.stem(lang, term);
                    }
                }
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * The ranking of {@code structure} (a query of {@link #query}), per language: a plain disjunction of its distinct
     * weighted terms, prefixes and phrases (a term reached twice, say through a name's other spelling, counts once, at
     * its highest weight), without its exclusions and filters. Lucene's top-k search prunes such a disjunction well;
     * which documents may be ranked at all is still the structure's business (see {@link ScoreWithin}). A document
     * has the fields of its own language only, so its score is the sum of that language's terms alone: ranked apart,
     * each language's disjunction is pruned against bounds it can reach, where together the bound of every document
     * counted both languages' best terms, half of which it cannot have.
     */
    static Map<Lang, Query> scoringByLang(Query structure) {
        Map<Query, Float> weights = new LinkedHashMap<>();
        collectWeights(structure, 1f, weights);
        Map<Lang, Map<Query, Float>> byLang = new LinkedHashMap<>();
        weights.forEach((leaf, weight) -> byLang.computeIfAbsent(SearchFields.lang(field(leaf)), lang -> new LinkedHashMap<>())
                .put(leaf, weight));
        Map<Lang, Query> out = new LinkedHashMap<>();
        byLang.forEach((lang, leaves) -> out.put(lang, sum(leaves)));
        return out;
    }

    private static Query sum(Map<Query, Float> weights) {
        if (weights.size() == 1) {
            Map.Entry<Query, Float> only = weights.entrySet().iterator().next();
            return new BoostQuery(only.getKey(), only.getValue());
        }
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        weights.forEach((leaf, weight) -> sum.add(new BoostQuery(leaf, weight), BooleanClause.Occur.SHOULD));
        return sum.build();
    }

    /** The field a term, prefix or phrase query searches. */
    private static String field(Query leaf) {
        String[] field = {null};
        leaf.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String name) {
                field[0] = name;
                return false;
            }
        });
        return field[0];
    }

    private static void collectWeights(Query query, float weight, Map<Query, Float> weights) {
        if (query instanceof BoostQuery boosted) {
            collectWeights(boosted.getQuery(), weight * boosted.getBoost(), weights);
        } else if (query instanceof DisjunctionMaxQuery any) {
            any.getDisjuncts().forEach(q -> collectWeights(q, weight, weights));
        } else if (query instanceof BooleanQuery bool) {
            bool.clauses().stream().filter(BooleanClause::isScoring).forEach(c -> collectWeights(c.getQuery(), weight, weights));
        } else {
            weights.merge(query, weight, Math::max);
        }
    }

    /** The first term {@code analyzer} makes of {@code text}, or null (a stop word, or no letters). */
    static String first(Analyzer analyzer, String text) {
        List<String> all = all(analyzer, text);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<String> all(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a string
        }
        return terms;
    }
}
