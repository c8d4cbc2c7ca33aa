package kopru.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far an index got, stored in its Lucene commit user data so that it is written atomically with
 * the documents: the schema version, the last change-log row applied (with that row's time, to tell
 * one database from another), and the instant up to which clock-driven changes were applied.
 */
record IndexState(int schema, long position, long positionStamp, Instant clock) {
    private static final String SCHEMA = "kopru.schema";
    private static final String POSITION = "kopru.position";
    private static final String STAMP = "kopru.position-stamp";
    private static final String CLOCK = "kopru.clock";

    Map<String, String> toUserData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, Integer.toString(schema));
        data.put(POSITION, Long.toString(position));
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
            return Optional.of(new IndexState(Integer.parseInt(data.get(SCHEMA)), Long.parseLong(data.get(POSITION)),
                    Long.parseLong(data.get(STAMP)), Instant.parse(data.get(CLOCK))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    IndexState at(long newPosition, long newStamp) {
        return new IndexState(schema, newPosition, newStamp, clock);
    }

    IndexState withClock(Instant newClock) {
        return new IndexState(schema, position, positionStamp, newClock);
    }
}
