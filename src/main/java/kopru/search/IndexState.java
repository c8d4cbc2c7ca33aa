package kopru.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kopru.story.FeedPosition;

/**
 * How far an index got, stored in its Lucene commit user data so that it is written atomically with
 * the documents: the schema version, how far the change feed was applied (the last row, with that row's time
 * to tell one database from another, and the ids below it still missing), and the instant up to which
 * clock-driven changes were applied.
 */
record IndexState(int schema, FeedPosition position, long positionStamp, Instant clock) {
    private static final String SCHEMA = "kopru.schema";
    private static final String POSITION = "kopru.position";
    private static final String STAMP = "kopru.position-stamp";
    private static final String CLOCK = "kopru.clock";
    /** Absent in indexes written before the change feed kept gaps: none then. */
    private static final String GAPS = "kopru.position-gaps";

    Map<String, String> toUserData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, Integer.toString(schema));
        data.put(POSITION, Long.toString(position.upTo()));
        data.put(GAPS, position.encodedGaps());
        data.put(STAMP, Long.toString(positionStamp));
        data.put(CLOCK, clock.toString());
        return data;
    }

    /** Empty when the commit is not one of ours or is incomplete. */
    static Optional<IndexState> fromUserData(Map<String, String> data) {
        if (!data.containsKey(SCHEMA) || !data.containsKey(POSITION) || !data.containsKey(STAMP) || !data.containsKey(CLOCK)) {
            return Optional.empty();
        }
        try {
            FeedPosition position = FeedPosition.of(Long.parseLong(data.get(POSITION)), data.get(GAPS));
            return Optional.of(new IndexState(Integer.parseInt(data.get(SCHEMA)), position,
                    Long.parseLong(data.get(STAMP)), Instant.parse(data.get(CLOCK))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    IndexState at(FeedPosition newPosition, long newStamp) {
        return new IndexState(schema, newPosition, newStamp, clock);
    }

    IndexState withClock(Instant newClock) {
        return new IndexState(schema, position, positionStamp, newClock);
    }
}
