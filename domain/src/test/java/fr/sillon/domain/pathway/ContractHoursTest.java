package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractHoursTest {
    private static ContractHours.Span c(String start, String end, String weekly) {
        return new ContractHours.Span(LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(weekly));
    }

    @Test
    void noContractNoHours() {
        assertNull(ContractHours.total(List.of(), LocalDate.of(2026, 1, 1)));
        assertNull(ContractHours.total(null, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void weeklyHoursOverFullWeeks() {
        // 4 weeks (28 days) at 26 h
        assertEquals(new BigDecimal("104"), ContractHours.total(List.of(c("2026-01-05", "2026-02-01", "26")),
                LocalDate.of(2026, 12, 31)));
    }

    @Test
    void stopsAtTheExitOrDateOfIssue() {
        // only the first 14 days are counted
        assertEquals(new BigDecimal("52"), ContractHours.total(List.of(c("2026-01-05", "2026-02-01", "26")),
                LocalDate.of(2026, 1, 18)));
    }

    @Test
    void renewalsAddAndOverlapsCountOnce() {
        var initial = c("2026-01-05", "2026-01-18", "20");   // 2 weeks → 40
        var renewal = c("2026-01-12", "2026-01-25", "30");   // overlaps one week: counts 19–25 only → 30
        assertEquals(new BigDecimal("70"), ContractHours.total(List.of(renewal, initial), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void contractAfterTheEndIsIgnored() {
        assertEquals(new BigDecimal("0"), ContractHours.total(List.of(c("2026-03-01", "2026-06-01", "26")),
                LocalDate.of(2026, 2, 1)));
    }

    @Test
    void withinAPeriodOnlyItsDaysCount() {
        // 14 days of January in [2024-12-01, 2025-01-14] -> 28 × 14 / 7 = 56 h; none after the contract
        var c = c("2025-01-01", "2025-06-30", "28");
        assertEquals(0, new BigDecimal("56").compareTo(ContractHours.within(List.of(c), LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 1, 14))));
        assertEquals(0, BigDecimal.ZERO.compareTo(ContractHours.within(List.of(c), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 12, 31))));
    }

    @Test
    void theCertificateAndTheIndicatorsGiveTheSameHoursForTheSamePerson() {
        var initial = c("2026-01-05", "2026-04-04", "26");
        var renewal = c("2026-03-30", "2026-09-30", "30"); // overlapping renewal: its first days count once
        LocalDate exit = LocalDate.of(2026, 7, 17);
        BigDecimal certificate = ContractHours.total(List.of(initial, renewal), exit);
        BigDecimal indicators = ContractHours.within(List.of(initial, renewal), LocalDate.of(2026, 1, 1), exit);
        assertEquals(certificate, indicators.setScale(0, java.math.RoundingMode.HALF_UP));
    }
}
