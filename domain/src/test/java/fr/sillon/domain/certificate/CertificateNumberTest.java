package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {
    @Test
    void formatsYearAndSequenceOnSixDigits() {
        assertEquals("SIL-2026-000123", CertificateNumber.format(2026, 123));
        assertEquals("SIL-2026-000001", CertificateNumber.format(2026, 1));
        assertEquals("SIL-2026-999999", CertificateNumber.format(2026, 999_999));
        assertEquals("SIL-2026-1000000", CertificateNumber.format(2026, 1_000_000), "grows past six digits");
    }

    @Test
    void refusesSequenceBelowOneAndOddYears() {
        assertThrows(DomainException.class, () -> CertificateNumber.format(2026, 0));
        assertThrows(DomainException.class, () -> CertificateNumber.format(1999, 1));
        assertThrows(DomainException.class, () -> CertificateNumber.format(10000, 1));
    }

    @Test
    void recognisesWellFormedNumbersOnly() {
        assertTrue(CertificateNumber.isWellFormed("SIL-2026-000123"));
        assertFalse(CertificateNumber.isWellFormed("SIL-2026-00012"));
        assertFalse(CertificateNumber.isWellFormed("sil-2026-000123"));
        assertFalse(CertificateNumber.isWellFormed("SIL-2026-000123' or 1=1"));
        assertFalse(CertificateNumber.isWellFormed(null));
        assertFalse(CertificateNumber.isWellFormed("SIL-2026-" + "1".repeat(25)));
    }

    @Test
    void normalisesWhatSomeoneTyped() {
        assertEquals("SIL-2026-000123", CertificateNumber.normalise("  sil-2026-000123 "));
        assertNull(CertificateNumber.normalise("nimporte quoi"));
        assertNull(CertificateNumber.normalise(null));
    }

    @Test
    void numberFitsTheColumn() {
        assertTrue(CertificateNumber.format(9999, 999_999_999_999L).length() <= CertificateNumber.MAX_LENGTH);
    }
}
