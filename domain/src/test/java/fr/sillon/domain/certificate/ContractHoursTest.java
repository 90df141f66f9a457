package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractHoursTest {
    private static ContractHours.Contract c(String start, String end, String weekly) {
        return new ContractHours.Contract(LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(weekly));
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
}
