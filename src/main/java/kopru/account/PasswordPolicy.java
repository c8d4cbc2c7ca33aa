package kopru.account;

/**
 * The one rule for every password, wherever it is set: the account page, the users page, the reset-password
 * command and KOPRU_ADMIN_PASSWORD. Length is what makes a password hard to guess (NIST SP 800-63B); bcrypt reads
 * the first 72 bytes, and the upper bound keeps a hostile form from making the hash work on megabytes.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }
}
