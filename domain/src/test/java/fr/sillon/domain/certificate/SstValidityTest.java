package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SstValidityTest {
    private static final LocalDate CERTIFIED = LocalDate.of(2025, 1, 15);

    @Test
    void noSstWithoutCertificateDate() {
        assertNull(SstValidity.of(null, null, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void validTwentyFourMonthsWhenNoExpiryRecorded() {
        var sst = SstValidity.of(CERTIFIED, null, LocalDate.of(2027, 1, 15));
        assertEquals(LocalDate.of(2027, 1, 15), sst.validUntil());
        assertTrue(sst.validOnIssue(), "still valid on its last day");
        assertFalse(SstValidity.of(CERTIFIED, null, LocalDate.of(2027, 1, 16)).validOnIssue(), "lapsed the day after");
    }

    @Test
    void recordedExpiryWins() {
        var sst = SstValidity.of(CERTIFIED, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1));
        assertEquals(LocalDate.of(2026, 6, 30), sst.validUntil());
        assertFalse(sst.validOnIssue());
    }
}
