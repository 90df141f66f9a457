package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.SuspensionRules.Suspension;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point 7 (R5132-1-3). */
class SuspensionRulesTest {
    static final LocalDate CS = LocalDate.of(2025, 1, 15);
    static final LocalDate CE = LocalDate.of(2025, 12, 31);

    static Suspension s(LocalDate start, LocalDate end) {
        return new Suspension(1L, start, end, SuspensionReason.SICKNESS);
    }

    static String key(Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertFalse(e.getMessage().startsWith("pathway."), "French message for " + e.getKey());
        return e.getKey();
    }

    @Test
    void moreThanFifteenDaysSuspendsThePass() {
        LocalDate d = LocalDate.of(2025, 3, 1);
        assertFalse(s(d, d.plusDays(13)).suspendsPass(), "14 days");
        assertFalse(s(d, d.plusDays(14)).suspendsPass(), "15 days");
        assertTrue(s(d, d.plusDays(15)).suspendsPass(), "16 days");
    }

    @Test
    void passEndIsPushedBackByQualifyingSuspensionsOnly() {
        LocalDate passEnd = LocalDate.of(2026, 1, 14);
        LocalDate d = LocalDate.of(2025, 3, 1);
        assertEquals(passEnd, SuspensionRules.passEnd(passEnd, List.of(s(d, d.plusDays(14)))));
        assertEquals(passEnd.plusDays(16), SuspensionRules.passEnd(passEnd, List.of(s(d, d.plusDays(15)))));
        assertEquals(passEnd.plusDays(16 + 20), SuspensionRules.passEnd(passEnd,
                List.of(s(d, d.plusDays(15)), s(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 20)))));
        // a suspension starting after the recorded end but within the pushed-back end counts too
        assertEquals(passEnd.plusDays(16 + 20), SuspensionRules.passEnd(passEnd,
                List.of(s(d, d.plusDays(15)), s(passEnd.plusDays(3), passEnd.plusDays(22)))));
        assertEquals(passEnd.plusDays(16), SuspensionRules.passEnd(passEnd,
                List.of(s(d, d.plusDays(15)), s(passEnd.plusDays(17), passEnd.plusDays(40)))));
        assertNull(SuspensionRules.passEnd(null, List.of()));
    }

    @Test
    void twelveMonthsMark() {
        LocalDate d = LocalDate.of(2025, 1, 31);
        // 12 months from 31/01/2025 end on 30/01/2026: reached on 31/01/2026
        assertEquals(LocalDate.of(2026, 1, 31), s(d, LocalDate.of(2026, 1, 31)).twelveMonthsReachedOn().orElseThrow());
        assertTrue(s(d, LocalDate.of(2026, 1, 30)).twelveMonthsReachedOn().isEmpty());
    }

    @Test
    void suspensionLiesWithinTheContract() {
        assertDoesNotThrow(() -> SuspensionRules.checkNew(CS, CE, List.of(), s(CS, CE)));
        assertEquals("pathway.suspension.outsideContract", key(() -> SuspensionRules.checkNew(CS, CE, List.of(), s(CS.minusDays(1), CE))));
        assertEquals("pathway.suspension.outsideContract", key(() -> SuspensionRules.checkNew(CS, CE, List.of(), s(CS, CE.plusDays(1)))));
        assertEquals("pathway.suspension.endBeforeStart", key(() -> SuspensionRules.checkNew(CS, CE, List.of(), s(CE, CS))));
        assertEquals("pathway.suspension.datesRequired", key(() -> SuspensionRules.checkNew(CS, CE, List.of(), s(CS, null))));
        assertEquals("pathway.suspension.reasonRequired", key(() -> SuspensionRules.checkNew(CS, CE, List.of(),
                new Suspension(1L, CS, CE, null))));
    }

    @Test
    void suspensionsDoNotOverlap() {
        Suspension a = s(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10));
        assertEquals("pathway.suspension.overlap", key(() -> SuspensionRules.checkNew(CS, CE, List.of(a),
                s(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20)))));
        assertDoesNotThrow(() -> SuspensionRules.checkNew(CS, CE, List.of(a), s(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 20))));
    }
}
