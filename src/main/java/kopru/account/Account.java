package kopru.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;
import kopru.i18n.Lang;

/** A person who logs in to the editorial side. Roles: admin, editor, author (comma separated). */
@Entity
@UserDefinition
public class Account extends PanacheEntityBase {
    /** The longest user name there can be; a login with a longer one is refused before any other work. */
    public static final int MAX_USERNAME = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String roles;

    public boolean active;

    /** The language the person wants the admin interface in. */
    @Column(name = "ui_lang")
    public Lang uiLang;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }
}
