package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (8 digits, the three HMACs), base 32 (RFC 4648 §10), and the acceptance rules. */
class TotpTest {
    static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_KEY, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_KEY, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_KEY, step, 8, "HmacSHA512"));
    }

    @Test
    void base32AsRfc4648() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YQ", Totp.base32("foob".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("foobar", new String(Totp.base32Decode("mzxw 6ytb oi"), StandardCharsets.US_ASCII));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertEquals(20, Totp.base32Decode(secret).length);
        // the 6-digit code of the application = the last 6 digits of RFC 4226's value for the same key
        String rfcKey = Totp.base32(SHA1_KEY);
        assertEquals("287082", Totp.code(rfcKey, Totp.step(Instant.ofEpochSecond(59))));
    }

    @Test
    void aCodeIsAcceptedOneStepAroundAndOnlyOnce() {
        String secret = Totp.base32(SHA1_KEY);
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.step(now);
        assertEquals(step, Totp.matchingStep(secret, Totp.code(secret, step), now, null).orElseThrow());
        assertEquals(step - 1, Totp.matchingStep(secret, Totp.code(secret, step - 1), now, null).orElseThrow());
        assertEquals(step + 1, Totp.matchingStep(secret, Totp.code(secret, step + 1), now, null).orElseThrow());
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, null).isEmpty(), "a minute old");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step + 2), now, null).isEmpty());
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step), now, step).isEmpty(), "already used");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step - 1).isEmpty(), "already used");
        String spaced = Totp.code(secret, step).substring(0, 3) + " " + Totp.code(secret, step).substring(3);
        assertTrue(Totp.matchingStep(secret, spaced, now, null).isPresent(), "typed with a space");
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef"}) {
            assertTrue(Totp.matchingStep(secret, bad, now, null).isEmpty(), bad);
        }
    }

    @Test
    void recoveryCodesAreRandomAndHashedTolerantly() {
        var codes = Totp.newRecoveryCodes();
        assertEquals(10, codes.size());
        assertEquals(10, codes.stream().distinct().count());
        String c = codes.get(0);
        assertTrue(c.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), c);
        assertTrue(Totp.looksLikeRecoveryCode(c));
        assertEquals(Totp.recoveryHash(c), Totp.recoveryHash(c.toLowerCase().replace("-", " ")));
        assertEquals(Totp.recoveryHash("0000011111"), Totp.recoveryHash("OOOOO-IIIII"), "read from paper");
        assertNotEquals(Totp.recoveryHash(c), Totp.recoveryHash(codes.get(1)));
        assertTrue(Totp.otpauthUri("Sillon", "coordinatrice", "ABC").startsWith(
                "otpauth://totp/Sillon%3Acoordinatrice?secret=ABC&issuer=Sillon&algorithm=SHA1&digits=6&period=30"));
    }
}
