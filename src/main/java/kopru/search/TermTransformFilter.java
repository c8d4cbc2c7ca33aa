package kopru.search;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each term by a function of it (folding, transliteration, stemming); offsets stay on the original. */
final class TermTransformFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final UnaryOperator<String> transform;

    TermTransformFilter(TokenStream input, UnaryOperator<String> transform) {
        super(input);
        this.transform = transform;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String changed = transform.apply(term.toString());
        if (!changed.contentEquals(term)) {
            term.setEmpty().append(changed);
        }
        return true;
    }
}
