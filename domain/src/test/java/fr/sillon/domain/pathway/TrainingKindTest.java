package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingKindTest {
    @Test
    void sstCertificateExpires24MonthsLater() {
        // « de date à date » (Periods): 10/03/2025 → 09/03/2027; 29/02/2024 → 28/02/2026 (no 29/02 in 2026)
        assertEquals(LocalDate.of(2027, 3, 9), TrainingKind.SST_INITIAL.expiry(LocalDate.of(2025, 3, 10)));
        assertEquals(LocalDate.of(2026, 2, 28), TrainingKind.SST_MAC.expiry(LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2027, 2, 27), TrainingKind.SST_MAC.expiry(LocalDate.of(2025, 2, 28)));
        assertEquals(LocalDate.of(2027, 2, 28), TrainingKind.SST_MAC.expiry(LocalDate.of(2025, 3, 1)));
        assertNull(TrainingKind.OTHER.expiry(LocalDate.of(2025, 3, 10)));
        assertNull(TrainingKind.CLEA_FINALE.expiry(LocalDate.of(2025, 3, 10)));
        assertNull(TrainingKind.SST_INITIAL.expiry(null));
    }

    @Test
    void sstIsValidUntilItsExpiryIncluded() {
        LocalDate cert = LocalDate.of(2025, 3, 10);
        assertTrue(TrainingKind.sstValidOn(cert, cert));
        assertTrue(TrainingKind.sstValidOn(cert, LocalDate.of(2027, 3, 8)));
        assertTrue(TrainingKind.sstValidOn(cert, LocalDate.of(2027, 3, 9)));
        assertFalse(TrainingKind.sstValidOn(cert, LocalDate.of(2027, 3, 10)));
        assertFalse(TrainingKind.sstValidOn(cert, cert.minusDays(1)));
        assertFalse(TrainingKind.sstValidOn(null, cert));
    }

    @Test
    void standardDurations() {
        assertEquals(new BigDecimal("14"), TrainingKind.SST_INITIAL.standardHours());
        assertEquals(new BigDecimal("7"), TrainingKind.SST_MAC.standardHours());
        assertTrue(TrainingKind.CLEA_PREALABLE.isClea());
        assertFalse(TrainingKind.OTHER.isSst());
    }
}
