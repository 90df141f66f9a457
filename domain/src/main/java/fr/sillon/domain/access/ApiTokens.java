package fr.sillon.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Rules of API tokens: a 256-bit random secret handed to the device once, stored only as its SHA-256 (a fast hash is
 * right here: the secret has full entropy, unlike a password), valid until {@link #IDLE_LIFETIME} after its last use;
 * and the throttling of password checks on the token endpoint.
 */
public final class ApiTokens {
    /** A token unused for this long expires. */
    public static final Duration IDLE_LIFETIME = Duration.ofDays(30);
    /** Last use is written at most once per this interval (not on every call). */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** Throttling window of failed password checks on the token endpoint. */
    public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_FAILURES_PER_LOGIN = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 10;
    public static final int MAX_DEVICE_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the database keeps of a secret: its SHA-256, in hexadecimal. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A presented secret can only be one we issued if it has the shape of one (spares a query for garbage). */
    public static boolean wellFormed(String secret) {
        return secret != null && secret.matches("[A-Za-z0-9_-]{43}");
    }

    public static LocalDateTime expiry(LocalDateTime lastUse) {
        return lastUse.plus(IDLE_LIFETIME);
    }

    /** Whether the last use of a token must be written again at {@code now}. */
    public static boolean needsTouch(LocalDateTime lastUsed, LocalDateTime now) {
        return !lastUsed.plus(TOUCH_INTERVAL).isAfter(now);
    }

    /** The device label as stored: trimmed, shortened, "Appareil" when empty. */
    public static String deviceLabel(String device) {
        String d = device == null ? "" : device.strip().replaceAll("\\p{Cntrl}", "");
        if (d.isEmpty()) {
            return "Appareil";
        }
        return d.length() > MAX_DEVICE_LENGTH ? d.substring(0, MAX_DEVICE_LENGTH) : d;
    }

    /**
     * Throttling: given the times of the failures within the window (oldest first) and the limit, how long the
     * caller must wait before the next attempt; empty when an attempt is allowed.
     */
    public static Optional<Duration> retryAfter(List<LocalDateTime> failuresInWindow, int limit, LocalDateTime now) {
        if (failuresInWindow.size() < limit) {
            return Optional.empty();
        }
        // the attempt becomes possible when enough failures have left the window
        LocalDateTime freed = failuresInWindow.get(failuresInWindow.size() - limit).plus(THROTTLE_WINDOW);
        Duration wait = Duration.between(now, freed);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
