package kopru.story;

import java.util.Arrays;
import java.util.Optional;

/** Workflow status of one language version of a story. */
public enum Status {
    DRAFT("draft"), IN_REVIEW("in-review"), SCHEDULED("scheduled"), PUBLISHED("published"), ARCHIVED("archived");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Status> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<Status, String> {
        @Override
        public String convertToDatabaseColumn(Status status) {
            return status == null ? null : status.code;
        }

        @Override
        public Status convertToEntityAttribute(String code) {
            return code == null ? null : of(code).orElseThrow();
        }
    }
}
