package fr.sillon.domain.assessment;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 12, 16, 0);

    @Test
    void validationRestsOnEvidence() {
        assertEquals("assessment.validation.noEvidence", assertThrows(DomainException.class,
                () -> new Validation(1, 10, 100, ValidationStatus.VALIDATED, 50, NOW, null, List.of())).getKey());
        Validation v = new Validation(1, 10, 100, ValidationStatus.VALIDATED, 50, NOW, null, List.of(1L, 2L, 3L));
        assertTrue(v.isActive());
        assertEquals(3, v.getEvidenceIds().size());
    }

    @Test
    void declineNeedsANote() {
        assertEquals("assessment.validation.declineNoteRequired", assertThrows(DomainException.class,
                () -> new Validation(1, 10, 100, ValidationStatus.DECLINED, 50, NOW, " ", List.of(1L))).getKey());
        assertFalse(new Validation(1, 10, 100, ValidationStatus.DECLINED, 50, NOW, "encore fragile", List.of(1L))
                .isActive());
    }

    @Test
    void revokeNeedsAReasonAndAnActiveValidation() {
        Validation v = new Validation(1, 10, 100, ValidationStatus.VALIDATED, 50, NOW, "ok", List.of(1L));
        assertEquals("assessment.validation.revokeReasonRequired",
                assertThrows(DomainException.class, () -> v.revoke(60, NOW.plusDays(1), "")).getKey());
        v.revoke(60, NOW.plusDays(1), "validé sur le mauvais participant");
        assertEquals(ValidationStatus.REVOKED, v.getStatus());
        assertFalse(v.isActive());
        assertEquals(60L, v.getRevokedBy());
        assertEquals("assessment.validation.notActive",
                assertThrows(DomainException.class, () -> v.revoke(60, NOW.plusDays(2), "encore")).getKey());
    }

    @Test
    void aRevocationIsNotADecision() {
        assertThrows(IllegalArgumentException.class,
                () -> new Validation(1, 10, 100, ValidationStatus.REVOKED, 50, NOW, "x", List.of(1L)));
    }
}
