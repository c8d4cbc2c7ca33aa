package kopru.story;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How far a follower has read the change log: every row up to {@code upTo} was seen, except the
 * {@code gaps} — ids below it that were not visible when read, each with the instant it was first missed
 * (see {@link ChangeFeed} for why they are kept and re-read).
 */
public record FeedPosition(long upTo, SortedMap<Long, Instant> gaps) {
    public static final FeedPosition START = new FeedPosition(0, new TreeMap<>());

    public FeedPosition {
        gaps = Collections.unmodifiableSortedMap(new TreeMap<>(gaps));
    }

    /** The gaps as stored beside {@code upTo}: {@code id@epochMillis} separated by commas, "" for none. */
    public String encodedGaps() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Long, Instant> gap : gaps.entrySet()) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(gap.getKey()).append('@').append(gap.getValue().toEpochMilli());
        }
        return text.toString();
    }

    /** Reads what {@link #encodedGaps} wrote; null or "" means no gaps. */
    public static FeedPosition of(long upTo, String encodedGaps) {
        SortedMap<Long, Instant> gaps = new TreeMap<>();
        if (encodedGaps != null && !encodedGaps.isBlank()) {
            for (String gap : encodedGaps.split(",")) {
                int at = gap.indexOf('@');
                gaps.put(Long.parseLong(gap.substring(0, at).strip()), Instant.ofEpochMilli(Long.parseLong(gap.substring(at + 1).strip())));
            }
        }
        return new FeedPosition(upTo, gaps);
    }
}
