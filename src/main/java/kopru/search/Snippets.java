package kopru.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kopru.i18n.Lang;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Highlights on the original text: the text is analysed as it was indexed, and every word whose exact
 * form, stem or folded prefix the query looked for is wrapped in {@code <mark>}, so that "turkiye" marks
 * "Türkiye'nin" and "komek" marks "көмегі". Everything else is HTML-escaped.
 */
final class Snippets {
    static final int BODY_WINDOW = 240;
    private static final int LEAD = 70;

    private final SearchAnalyzers analyzers;

    Snippets(SearchAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** A snippet: HTML (escaped, with marks) and whether anything in it matched. */
    record Snippet(String html, boolean matched) {
    }

    /** The summary when it matches, else the best window of the body, else the plain summary (or body start). */
    Snippet best(String summary, String body, Lang lang, QueryTerms terms) {
        List<int[]> inSummary = marks(summary, lang, terms, Integer.MAX_VALUE);
        if (!inSummary.isEmpty()) {
            return new Snippet(render(summary, 0, summary.length(), inSummary), true);
        }
        List<int[]> inBody = marks(body, lang, terms, BODY_WINDOW);
        if (!inBody.isEmpty()) {
            int[] window = window(body, inBody.get(0)[0]);
            return new Snippet(render(body, window[0], window[1], inBody), true);
        }
        if (!summary.isBlank()) {
            return new Snippet(render(summary, 0, summary.length(), List.of()), false);
        }
        int[] window = window(body, 0);
        return new Snippet(render(body, window[0], window[1], List.of()), false);
    }

    /**
     * Character ranges [start, end) of matching words, in order: all of them, or (a long body) those starting less
     * than {@code reach} characters after the first, which are all a window around the first can show; the rest
     * of the text is not analysed.
     */
    List<int[]> marks(String text, Lang lang, QueryTerms terms, int reach) {
        List<int[]> ranges = new ArrayList<>();
        if (text.isEmpty()) {
            return ranges;
        }
        SuffixStripper stemmer = lang == Lang.TR ? SuffixStripper.TURKISH : SuffixStripper.KAZAKH;
        int[] first = {Integer.MAX_VALUE};
        TokenSink exact = (term, start, end) -> {
            if (terms.matches(lang, term, null, null)) {
                ranges.add(new int[] {start, end});
                first[0] = Math.min(first[0], start);
            }
        };
        scan(analyzers.of(lang, SearchFields.Variant.EXACT), text, exact, first, reach);
        TokenSink folded = (term, start, end) -> {
            if (terms.matches(lang, null, term, stemmer.stem(term))) {
                ranges.add(new int[] {start, end});
                first[0] = Math.min(first[0], start);
            }
        };
        scan(analyzers.of(lang, SearchFields.Variant.PREFIX), text, folded, first, reach);
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return merged;
    }

    /** About {@value #BODY_WINDOW} characters starting a little before {@code focus}, cut at spaces. */
    private static int[] window(String text, int focus) {
        if (text.length() <= BODY_WINDOW) {
            return new int[] {0, text.length()};
        }
        int start = Math.max(0, focus - LEAD);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > focus ? start : space + 1;
        }
        int end = Math.min(text.length(), start + BODY_WINDOW);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return new int[] {start, end};
    }

    private static String render(String text, int start, int end, List<int[]> marks) {
        StringBuilder out = new StringBuilder(end - start + 32);
        if (start > 0) {
            out.append("… ");
        }
        int at = start;
        for (int[] mark : marks) {
            if (mark[1] <= start || mark[0] >= end) {
                continue;
            }
            int from = Math.max(mark[0], start);
            int to = Math.min(mark[1], end);
            escape(text, at, from, out);
            out.append("<mark>");
            escape(text, from, to, out);
            out.append("</mark>");
            at = to;
        }
        escape(text, at, end, out);
        if (end < text.length()) {
            out.append(" …");
        }
        return out.toString();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    @FunctionalInterface
    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    /** Feeds the tokens of {@code text} to {@code sink} until one starts {@code reach} or more after {@code first[0]}. */
    private static void scan(Analyzer analyzer, String text, TokenSink sink, int[] first, int reach) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (first[0] != Integer.MAX_VALUE && offset.startOffset() - first[0] >= reach) {
                    break;
                }
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
