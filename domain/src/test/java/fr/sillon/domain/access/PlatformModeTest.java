package fr.sillon.domain.access;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14, point 8: demo and real data never mix; a real server needs its own signing key. */
class PlatformModeTest {
    @Test
    void anEmptyDatabaseTakesTheModeOfTheFirstServer() {
        assertEquals(Optional.of("DEMO"), PlatformMode.decide(true, Optional.empty(), 0, false).record());
        assertEquals(Optional.of("REAL"), PlatformMode.decide(false, Optional.empty(), 0, false).record());
        assertTrue(PlatformMode.decide(false, Optional.empty(), 0, false).refusal().isEmpty());
    }

    @Test
    void demoModeRefusesARealDatabase() {
        PlatformMode.Decision d = PlatformMode.decide(true, Optional.of("REAL"), 40, false);
        assertTrue(d.refusal().orElseThrow().contains("données réelles"));
        assertTrue(d.record().isEmpty());
        // a database from before the record, with accounts and no demo script: real
        assertTrue(PlatformMode.decide(true, Optional.empty(), 1, false).refusal().isPresent());
    }

    @Test
    void aRealServerRefusesADemoDatabase() {
        assertTrue(PlatformMode.decide(false, Optional.of("DEMO"), 9, true).refusal().orElseThrow()
                .contains("base de démonstration"));
        assertTrue(PlatformMode.decide(false, Optional.empty(), 9, true).refusal().isPresent(), "recognised by its history");
    }

    @Test
    void theSameModeStartsAndRecordsOnlyOnce() {
        assertEquals(Optional.empty(), PlatformMode.decide(true, Optional.of("DEMO"), 9, true).record());
        assertTrue(PlatformMode.decide(true, Optional.of("DEMO"), 9, true).refusal().isEmpty());
        assertEquals(Optional.of("DEMO"), PlatformMode.decide(true, Optional.empty(), 9, true).record(),
                "a demo database from before the record gets it");
        assertEquals(Optional.of("REAL"), PlatformMode.decide(false, Optional.empty(), 3, false).record());
    }

    @Test
    void aRealServerNeedsAKeystore() {
        assertTrue(PlatformMode.keystoreProblem(false, null).orElseThrow().contains("SILLON_SIGNING_KEYSTORE"));
        assertTrue(PlatformMode.keystoreProblem(false, " ").isPresent());
        assertTrue(PlatformMode.keystoreProblem(false, "/etc/sillon/signing.p12").isEmpty());
        assertTrue(PlatformMode.keystoreProblem(true, null).isEmpty(), "the demo key, in demo mode only");
    }
}
