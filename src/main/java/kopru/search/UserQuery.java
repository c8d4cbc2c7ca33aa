package kopru.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Parses what readers type: words (all required), "quoted phrases", -exclusions, OR between two
 * parts, and word* for a prefix. Anything else is forgiven: control characters and stray
 * punctuation are dropped, lone operators ignored; only an odd number of quotes and overlong
 * input are refused (the reader gets a clear 400).
 */
final class UserQuery {
    static final int MAX_LENGTH = 1000;
    static final int MAX_PARTS = 24;
    private static final String OR = "OR";

    private UserQuery() {
    }

    static ParsedQuery parse(String raw) {
        if (raw == null) {
            return new ParsedQuery(List.of(), List.of());
        }
        if (raw.length() > MAX_LENGTH) {
            throw new SearchInputException(msg -> msg.searchTooLong(MAX_LENGTH));
        }
        String text = clean(raw);
        if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new SearchInputException(msg -> msg.searchUnbalancedQuote());
        }
        List<List<ParsedQuery.Part>> required = new ArrayList<>();
        List<ParsedQuery.Part> excluded = new ArrayList<>();
        boolean joinNext = false;
        int parts = 0;
        int i = 0;
        while (i < text.length() && parts < MAX_PARTS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negative = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = negative ? i + 1 : i;
            String token;
            boolean quoted = text.charAt(start) == '"';
            if (quoted) {
                int close = text.indexOf('"', start + 1);
                token = text.substring(start + 1, close);
                i = close + 1;
            } else {
                int end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                token = text.substring(start, end);
                i = end;
            }
            if (!quoted && !negative && token.equals(OR)) {
                joinNext = !required.isEmpty();
                continue;
            }
            ParsedQuery.Part part = part(token, quoted);
            if (part == null) {
                continue;
            }
            parts++;
            if (negative) {
                excluded.add(part);
            } else if (joinNext) {
                required.get(required.size() - 1).add(part);
            } else {
                List<ParsedQuery.Part> group = new ArrayList<>();
                group.add(part);
                required.add(group);
            }
            joinNext = false;
        }
        return new ParsedQuery(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    /** NFC, apostrophe look-alikes to ', and every control or format character (and broken surrogate) to a space. */
    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean brokenSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (type == Character.CONTROL || type == Character.FORMAT || c == '\uFFFD' || brokenSurrogate) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return Folding.apostrophes(out.toString());
    }

    /**
     * A word or phrase as its words: a word the tokenizer splits ("Almatı–İstanbul", "Türk-Kazak") becomes
     * a phrase of its pieces; one with no letters or digits at all ("*", "-", "...") is no part.
     */
    private static ParsedQuery.Part part(String token, boolean quoted) {
        boolean prefix = !quoted && token.length() > 1 && token.endsWith("*");
        List<String> words = words(prefix ? token.substring(0, token.length() - 1) : token);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1 && !quoted) {
            return new ParsedQuery.Part(words.get(0), false, prefix);
        }
        return new ParsedQuery.Part(String.join(" ", words), true, false);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a string
        }
        return words;
    }
}
