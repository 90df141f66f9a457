package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.HoursDerogationRules.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Point 8 (D5132-43-5). */
class HoursDerogationRulesTest {
    static final LocalDate S = LocalDate.of(2025, 10, 31);

    static String key(Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertFalse(e.getMessage().startsWith("pathway."), "French message for " + e.getKey());
        return e.getKey();
    }

    @Test
    void atMostTwelveMonths() {
        // 12 months from 31/10/2025 end on 30/10/2026
        assertDoesNotThrow(() -> HoursDerogationRules.checkNew("A-1", S, LocalDate.of(2026, 10, 29)));
        assertDoesNotThrow(() -> HoursDerogationRules.checkNew("A-1", S, LocalDate.of(2026, 10, 30)));
        assertEquals("pathway.derogation.above12Months", key(() -> HoursDerogationRules.checkNew("A-1", S, LocalDate.of(2026, 10, 31))));
        assertEquals("pathway.contract.derogationReferenceRequired", key(() -> HoursDerogationRules.checkNew(" ", S, S)));
        assertEquals("pathway.derogation.endBeforeStart", key(() -> HoursDerogationRules.checkNew("A", S, S.minusDays(1))));
    }

    @Test
    void prolongationNeedsABilanBeforeTheEndAndTheActionsToFinish() {
        Period d = new Period("A", S, LocalDate.of(2026, 10, 30), null);
        LocalDate until = LocalDate.of(2027, 3, 31);
        assertDoesNotThrow(() -> HoursDerogationRules.checkProlongation(d, until, LocalDate.of(2026, 10, 30), "bilan", "CléA"));
        assertEquals("pathway.derogation.bilanAfterEnd", key(() -> HoursDerogationRules.checkProlongation(d, until,
                LocalDate.of(2026, 10, 31), "bilan", "CléA")));
        assertEquals("pathway.derogation.bilanRequired", key(() -> HoursDerogationRules.checkProlongation(d, until,
                LocalDate.of(2026, 10, 1), " ", "CléA")));
        assertEquals("pathway.derogation.bilanRequired", key(() -> HoursDerogationRules.checkProlongation(d, until,
                null, "bilan", "CléA")));
        assertEquals("pathway.derogation.actionsRequired", key(() -> HoursDerogationRules.checkProlongation(d, until,
                LocalDate.of(2026, 10, 1), "bilan", "")));
        assertEquals("pathway.derogation.prolongationAfterEnd", key(() -> HoursDerogationRules.checkProlongation(d,
                d.end(), LocalDate.of(2026, 10, 1), "bilan", "CléA")));
        // 12 months from 31/10/2026 end on 30/10/2027
        assertDoesNotThrow(() -> HoursDerogationRules.checkProlongation(d, LocalDate.of(2027, 10, 30), LocalDate.of(2026, 10, 1), "b", "a"));
        assertEquals("pathway.derogation.prolongationAbove12Months", key(() -> HoursDerogationRules.checkProlongation(d,
                LocalDate.of(2027, 10, 31), LocalDate.of(2026, 10, 1), "b", "a")));
        Period prolonged = new Period("A", S, LocalDate.of(2026, 10, 30), until);
        assertEquals("pathway.derogation.alreadyProlonged", key(() -> HoursDerogationRules.checkProlongation(prolonged,
                until.plusDays(10), LocalDate.of(2026, 10, 1), "b", "a")));
        assertEquals(until, prolonged.effectiveEnd());
    }
}
