package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import kopru.i18n.Lang;

/**
 * A row of the outbox: one change to what the public may see, written in the same transaction
 * as the change itself. Consumers follow the rows by increasing id.
 */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry extends PanacheEntityBase {
    public enum Action { PUBLISH, UPDATE, UNPUBLISH, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "story_key")
    public String storyKey;

    public Lang lang;

    @jakarta.persistence.Convert(converter = ActionConverter.class)
    public Action action;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @jakarta.persistence.Converter
    public static class ActionConverter implements jakarta.persistence.AttributeConverter<Action, String> {
        @Override
        public String convertToDatabaseColumn(Action action) {
            return action == null ? null : action.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public Action convertToEntityAttribute(String code) {
            return code == null ? null : Action.valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
