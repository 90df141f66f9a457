package fr.sillon.domain.access;

import fr.sillon.domain.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules every account obeys, whoever creates it: the form of a login, the name, a chosen password. */
public final class AccountRules {
    /** A password chosen by a person (not generated) has at least this many characters. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Long passphrases are welcome; beyond this, hashing would only cost time. */
    public static final int MAX_PASSWORD_LENGTH = 128;
    /** A provisional password opens the account for this long, and must then be changed at once. */
    public static final java.time.Duration PROVISIONAL_LIFETIME = java.time.Duration.ofDays(7);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private AccountRules() {
    }

    /** The login trimmed and lower-cased; refused unless 3–100 of a-z, 0-9, '.', '-', '_' (starting alphanumeric). */
    public static String login(String raw) {
        String login = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new DomainException("access.account.loginInvalid");
        }
        return login;
    }

    /** The display name trimmed; required, at most 200 characters. */
    public static String displayName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("access.account.nameRequired");
        }
        String name = raw.trim();
        if (name.length() > 200) {
            throw new DomainException("access.field.tooLong", "nom", 200);
        }
        return name;
    }

    /** A chosen password: at least {@value #MIN_PASSWORD_LENGTH} characters, typed twice the same, not a common one. */
    public static void chosenPassword(String password, String confirmation) {
        chosenPassword(password, confirmation, null);
    }

    /**
     * A chosen password (ASVS 5.0 V6.2): {@value #MIN_PASSWORD_LENGTH} to {@value #MAX_PASSWORD_LENGTH} characters,
     * typed twice the same, not in the list of common passwords ({@link CommonPasswords}), not containing the login.
     */
    public static void chosenPassword(String password, String confirmation, String login) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            throw new DomainException("access.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw new DomainException("access.password.tooLong", MAX_PASSWORD_LENGTH);
        }
        if (!password.equals(confirmation)) {
            throw new DomainException("access.password.mismatch");
        }
        if (CommonPasswords.isCommon(password)) {
            throw new DomainException("access.password.common");
        }
        if (CommonPasswords.containsLogin(password, login)) {
            throw new DomainException("access.password.containsLogin");
        }
    }

    /** When a provisional password (given by a coordinator or an administrator) stops opening the account. */
    public static java.time.LocalDateTime provisionalUntil(java.time.LocalDateTime issuedAt) {
        return issuedAt.plus(PROVISIONAL_LIFETIME);
    }
}
