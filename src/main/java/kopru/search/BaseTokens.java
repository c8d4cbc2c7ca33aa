package kopru.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import kopru.i18n.Lang;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text's {@link SearchAnalyzers#base} tokens (terms, offsets, position increments), taken once and replayed for
 * each variant of a section ({@link SearchAnalyzers#variant}): indexing tokenised a body three times over before,
 * the largest share of a rebuild. What a variant's analyzer makes of a text at query time is what the variant makes
 * of the replay.
 */
final class BaseTokens {
    private String[] terms = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] increments = new int[64];
    private int size;
    private int finalOffset;

    static BaseTokens of(Lang lang, String text) {
        BaseTokens tokens = new BaseTokens();
        Analyzer base = SearchAnalyzers.baseAnalyzer(lang);
        try (TokenStream stream = base.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
            }
            stream.end();
            tokens.finalOffset = offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a string
        }
        return tokens;
    }

    private void add(String term, int start, int end, int increment) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            increments = Arrays.copyOf(increments, size * 2);
        }
        terms[size] = term;
        starts[size] = start;
        ends[size] = end;
        increments[size] = increment;
        size++;
    }

    /** A new stream of the tokens, for one variant of one field. */
    TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next == size) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[next]);
                offset.setOffset(starts[next], ends[next]);
                increment.setPositionIncrement(increments[next]);
                next++;
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(finalOffset, finalOffset);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
