package fr.sillon.domain.access;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), the second factor of coordinators and administrators
 * (issue 14, point 5): HMAC-SHA1, 30-second steps, 6 digits — what every authenticator application reads from the
 * {@code otpauth://} address of the enrolment QR code. The codes are java-otp's (checked here against the RFC's test
 * vectors); this class adds the secret's base 32, the window, the replay rule and the recovery codes. A code is
 * accepted one step before or after the current one (clock drift), never twice (the last step used is kept), and
 * recovery codes stand in for a lost telephone, once each.
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final int SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends
    public static final int RECOVERY_CODES = 10;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** Crockford's base 32 without the letters read as digits: recovery codes are typed from paper. */
    private static final String RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new secret, in base 32 (RFC 4648, without padding) as authenticator applications take it. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    /** The step (RFC 6238's T) of an instant. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * The code of a step (RFC 6238: RFC 4226's HOTP over the time counter), {@code digits} long, for HMAC
     * {@code algorithm} — computed by java-otp.
     */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(STEP_SECONDS), digits, algorithm)
                    .generateOneTimePasswordString(new SecretKeySpec(key, algorithm),
                            Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 6-digit HMAC-SHA1 code of a base-32 secret at a step: what the person's application shows. */
    public static String code(String secret, long step) {
        return code(base32Decode(secret), step, DIGITS, "HmacSHA1");
    }

    /**
     * The step a typed code matches (the current one, the one before or after), or empty. A step at or before
     * {@code lastUsedStep} is refused: a code serves once.
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, Long lastUsedStep) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (secret == null || !digits.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long s = current - 1; s <= current + 1; s++) {
            if ((lastUsedStep == null || s > lastUsedStep)
                    && MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    /** The address the enrolment QR code holds (Key Uri Format of authenticator applications). */
    public static String otpauthUri(String issuer, String account, String secret) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** New recovery codes, {@code XXXXX-XXXXX} (50 bits each), shown once; only their {@link #recoveryHash} is kept. */
    public static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder b = new StringBuilder(11);
            for (int j = 0; j < 10; j++) {
                if (j == 5) {
                    b.append('-');
                }
                b.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(b.toString());
        }
        return codes;
    }

    /** What the database keeps of a recovery code: the SHA-256 of its normalised form (it has full entropy). */
    public static String recoveryHash(String code) {
        String normal = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the typed text looks like a recovery code rather than a 6-digit code. */
    public static boolean looksLikeRecoveryCode(String typed) {
        return typed != null && typed.replaceAll("[^0-9A-Za-z]", "").length() == 10;
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt(buffer << 5 - bits & 31));
        }
        return out.toString();
    }

    static byte[] base32Decode(String text) {
        String s = text.toUpperCase(Locale.ROOT).replaceAll("[\\s=-]", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not base 32: " + c);
            }
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
