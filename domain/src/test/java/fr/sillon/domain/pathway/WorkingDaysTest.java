package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.WorkingDays.Employment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point 13: evidence only on a day of a running, not suspended, contract. */
class WorkingDaysTest {
    static final LocalDate S = LocalDate.of(2025, 3, 1);
    static final LocalDate E = LocalDate.of(2025, 8, 31);
    static final LocalDate EXIT = LocalDate.of(2025, 6, 30);
    static final List<Employment> CONTRACTS = List.of(new Employment(S, E, EXIT));
    static final List<SuspensionRules.Suspension> SUSPENSIONS = List.of(new SuspensionRules.Suspension(1L,
            LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 20), SuspensionReason.MATERNITY_PATERNITY));

    static String key(LocalDate day) {
        DomainException e = assertThrows(DomainException.class,
                () -> WorkingDays.require("observation", "Nathalie Roux", day, CONTRACTS, SUSPENSIONS));
        assertFalse(e.getMessage().startsWith("assessment."), "French message for " + e.getKey());
        assertTrue(e.getMessage().contains("Nathalie Roux"), e.getMessage());
        return e.getKey();
    }

    @Test
    void contractBoundaries() {
        assertEquals("assessment.workingDay.observation.noContract", key(S.minusDays(1)));
        assertDoesNotThrow(() -> WorkingDays.require("observation", "N", S, CONTRACTS, SUSPENSIONS));
        assertDoesNotThrow(() -> WorkingDays.require("observation", "N", EXIT, CONTRACTS, SUSPENSIONS));
        assertEquals("assessment.workingDay.observation.afterContract", key(EXIT.plusDays(1)));
        assertEquals("assessment.workingDay.observation.afterContract", key(EXIT.plusWeeks(3)));
    }

    @Test
    void suspensionBoundaries() {
        assertDoesNotThrow(() -> WorkingDays.require("presence", "N", LocalDate.of(2025, 4, 9), CONTRACTS, SUSPENSIONS));
        assertEquals("assessment.workingDay.observation.suspended", key(LocalDate.of(2025, 4, 10)));
        assertEquals("assessment.workingDay.observation.suspended", key(LocalDate.of(2025, 4, 20)));
        assertDoesNotThrow(() -> WorkingDays.require("validation", "N", LocalDate.of(2025, 4, 21), CONTRACTS, SUSPENSIONS));
    }

    @Test
    void everyKindHasItsMessage() {
        for (String what : List.of("observation", "presence", "validation")) {
            DomainException e = assertThrows(DomainException.class,
                    () -> WorkingDays.require(what, "N", LocalDate.of(2025, 4, 12), CONTRACTS, SUSPENSIONS));
            assertFalse(e.getMessage().startsWith("assessment."), e.getKey());
            assertTrue(e.getMessage().contains("maternité"), e.getMessage());
        }
    }
}
