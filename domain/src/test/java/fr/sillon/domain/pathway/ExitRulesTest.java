package fr.sillon.domain.pathway;

import static fr.sillon.domain.pathway.ContractKind.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.CddiRules.Term;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point 12: exits count in the rates after at least 3 months worked. */
class ExitRulesTest {
    static final LocalDate S = LocalDate.of(2025, 11, 30);
    static final List<Term> CONTRACT = List.of(Term.of(INITIAL, S, LocalDate.of(2026, 5, 29), "26"));

    @Test
    void threeMonthsDateToDate() {
        // 3 months from 30/11/2025 end on 28/02/2026 (no 30/02)
        assertFalse(ExitRules.countsInRates(CONTRACT, List.of(), LocalDate.of(2026, 2, 27)));
        assertTrue(ExitRules.countsInRates(CONTRACT, List.of(), LocalDate.of(2026, 2, 28)));
        assertTrue(ExitRules.countsInRates(CONTRACT, List.of(), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void suspendedDaysAreNotWorked() {
        var s = new SuspensionRules.Suspension(1L, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1), SuspensionReason.SICKNESS);
        assertFalse(ExitRules.countsInRates(CONTRACT, List.of(s), LocalDate.of(2026, 2, 28)));
        assertTrue(ExitRules.countsInRates(CONTRACT, List.of(s), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void noContractNeverCounts() {
        assertFalse(ExitRules.countsInRates(List.of(), List.of(), LocalDate.of(2026, 3, 1)));
        assertFalse(ExitRules.countsInRates(CONTRACT, List.of(), S.minusDays(1)));
    }
}
