package kopru.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code reset-password <username>}: recovery for a forgotten password, any account's, admin's included. The new
 * password comes from {@value #ENV}, else from the terminal (asked twice, not echoed), else from the first line of
 * standard input; never from the command line, which other users of the machine and shell histories can read.
 * The account's sessions end with it.
 */
@ApplicationScoped
public class ResetPasswordCommand {
    public static final String ENV = "KOPRU_NEW_PASSWORD";
    static final String ACTOR = "reset-password command";

    @Inject
    AccountService accounts;

    /** Returns the exit status: 0 reset, 1 refused (unknown account, password against the policy, no password given). */
    public int run(String username, String fromEnvironment, Console console, InputStream in, PrintStream out, PrintStream err) {
        String password;
        try {
            password = fromEnvironment != null ? fromEnvironment : console != null ? ask(console, username) : firstLine(in);
        } catch (IOException e) {
            err.println("reset-password: could not read the new password: " + e.getMessage());
            return 1;
        }
        if (password == null) {
            err.println("reset-password: no new password given (set " + ENV + " or write it on standard input)");
            return 1;
        }
        try {
            accounts.resetPassword(username, password, ACTOR);
        } catch (AccountRuleException e) {
            err.println("reset-password: " + switch (e.problem) {
                case NO_SUCH_ACCOUNT -> "no account named '" + username + "'";
                case WEAK_PASSWORD -> "the password needs " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH + " characters";
                default -> e.problem.name();
            });
            return 1;
        }
        out.println("reset-password: new password set for '" + username + "'; its sessions have ended");
        return 0;
    }

    private static String ask(Console console, String username) {
        char[] first = console.readPassword("New password for %s: ", username);
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            console.printf("The two passwords differ.%n");
            return null;
        }
        return new String(first);
    }

    private static String firstLine(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    }
}
