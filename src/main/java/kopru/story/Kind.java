package kopru.story;

import java.util.Arrays;
import java.util.Optional;

/** What sort of text a story is; press releases carry a dateline and a release line. */
public enum Kind {
    NEWS("news"), PRESS_RELEASE("press-release"), STATEMENT("statement");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Kind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<Kind, String> {
        @Override
        public String convertToDatabaseColumn(Kind kind) {
            return kind == null ? null : kind.code;
        }

        @Override
        public Kind convertToEntityAttribute(String code) {
            return code == null ? null : of(code).orElseThrow();
        }
    }
}
