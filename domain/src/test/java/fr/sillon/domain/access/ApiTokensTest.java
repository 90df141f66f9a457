package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApiTokensTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Test
    void secretsAre256RandomBitsInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = ApiTokens.newSecret();
            assertTrue(ApiTokens.wellFormed(s), s);
            assertTrue(seen.add(s));
        }
        assertFalse(ApiTokens.wellFormed("trop-court"));
        assertFalse(ApiTokens.wellFormed(ApiTokens.newSecret() + "x"));
        assertFalse(ApiTokens.wellFormed(null));
    }

    @Test
    void theHashIsSha256InHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ApiTokens.hash(""));
        assertEquals(64, ApiTokens.hash(ApiTokens.newSecret()).length());
    }

    @Test
    void aTokenExpiresThirtyDaysAfterItsLastUse() {
        assertEquals(NOW.plusDays(30), ApiTokens.expiry(NOW));
    }

    @Test
    void lastUseIsWrittenAtMostOncePerMinute() {
        assertFalse(ApiTokens.needsTouch(NOW.minusSeconds(59), NOW));
        assertTrue(ApiTokens.needsTouch(NOW.minusSeconds(60), NOW));
    }

    @Test
    void deviceLabels() {
        assertEquals("Appareil", ApiTokens.deviceLabel("  "));
        assertEquals("Appareil", ApiTokens.deviceLabel(null));
        assertEquals("Tablette 1", ApiTokens.deviceLabel(" Tablette 1\n"));
        assertEquals(100, ApiTokens.deviceLabel("x".repeat(300)).length());
    }

    @Test
    void throttlingAllowsUpToTheLimitThenWaitsUntilTheOldestCountedFailureLeavesTheWindow() {
        List<LocalDateTime> four = IntStream.range(0, 4).mapToObj(i -> NOW.minusMinutes(10 - i)).toList();
        assertTrue(ApiTokens.retryAfter(four, 5, NOW).isEmpty());
        List<LocalDateTime> five = IntStream.range(0, 5).mapToObj(i -> NOW.minusMinutes(10 - i)).toList();
        assertEquals(Duration.ofMinutes(5), ApiTokens.retryAfter(five, 5, NOW).orElseThrow());
        // six failures, limit 5: the second oldest must leave the window
        List<LocalDateTime> six = IntStream.range(0, 6).mapToObj(i -> NOW.minusMinutes(10 - i)).toList();
        assertEquals(Duration.ofMinutes(6), ApiTokens.retryAfter(six, 5, NOW).orElseThrow());
        assertEquals(Duration.ofSeconds(1),
                ApiTokens.retryAfter(List.of(NOW.minusMinutes(15)), 1, NOW).orElseThrow());
    }
}
