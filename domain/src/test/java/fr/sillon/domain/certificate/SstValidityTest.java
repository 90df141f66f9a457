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
        // 24 months « de date à date » from 15/01/2025: last day 14/01/2027
        var sst = SstValidity.of(CERTIFIED, null, LocalDate.of(2027, 1, 14));
        assertEquals(LocalDate.of(2027, 1, 14), sst.validUntil());
        assertTrue(sst.validOnIssue(), "still valid on its last day");
        assertTrue(SstValidity.of(CERTIFIED, null, LocalDate.of(2027, 1, 13)).validOnIssue(), "valid the day before");
        assertFalse(SstValidity.of(CERTIFIED, null, LocalDate.of(2027, 1, 15)).validOnIssue(), "lapsed the day after");
    }

    @Test
    void recordedExpiryWins() {
        var sst = SstValidity.of(CERTIFIED, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1));
        assertEquals(LocalDate.of(2026, 6, 30), sst.validUntil());
        assertFalse(sst.validOnIssue());
    }
}
