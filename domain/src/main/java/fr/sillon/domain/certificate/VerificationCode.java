package fr.sillon.domain.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The secret printed on a certificate beside its number (and in its QR code): without it, the public verification
 * page says nothing about the holder, so that sequential numbers cannot be used to list people. Ten characters of
 * Crockford's base 32 (no I, L, O, U: nothing to misread when typed from paper), shown as two groups of five:
 * 50 bits, drawn by {@link SecureRandom}.
 */
public final class VerificationCode {
    public static final int LENGTH = 10;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new code, e.g. {@code K7M2P-Q9X4T}. */
    public static String generate() {
        StringBuilder b = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * A code as typed (lower case, spaces, dashes, O for 0, I or L for 1) in its canonical form, or null when it
     * cannot be a code.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) < 0 || b.length() == LENGTH) {
                return null;
            }
            b.append(d);
        }
        return b.length() == LENGTH ? b.substring(0, LENGTH / 2) + "-" + b.substring(LENGTH / 2) : null;
    }

    /** Whether a typed code is the stored one, in constant time. */
    public static boolean matches(String stored, String typed) {
        String t = normalise(typed);
        return stored != null && t != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                t.getBytes(StandardCharsets.US_ASCII));
    }
}
