package fr.sillon.domain.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.ContractHours.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FteRulesTest {
    static BigDecimal h(String s) { return new BigDecimal(s); }

    @Test
    void oneFteIs1820HoursAYearOr151Point67AMonth() {
        assertEquals(h("1.0000"), FteRules.fte(h("1820"), 12, 1820));
        assertEquals(h("1.0000"), FteRules.fte(h("151.6667"), 1, 1820));
        assertEquals(h("0.5000"), FteRules.fte(h("910"), 12, 1820));
        // a configured basis (1 607 h) changes the figure
        assertEquals(h("1.1325"), FteRules.fte(h("1820"), 12, 1607)); // 1.13254
    }

    @Test
    void contractFteOverAYearWithARenewalCountsTheOverlappingDayOnce() {
        // 26 h a week for the whole of 2025: initial 01/01–30/06, renewal 30/06–31/12 (30/06 in both)
        List<Span> contracts = List.of(
                new Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), h("26")),
                new Span(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), h("26")));
        // 26 × 365 / 7 = 1 355.714286 h; / 1 820 = 0.7449 FTE
        assertEquals(h("0.7449"), FteRules.contractFte(contracts, YearMonth.of(2025, 1), YearMonth.of(2025, 12), 1820));
        // the renewal at 30 h from 01/07: 26 × 181/7 + 30 × 184/7 = 672.285714 + 788.571429 = 1 460.857143 h → 0.8027
        List<Span> raised = List.of(
                new Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), h("26")),
                new Span(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), h("30")));
        assertEquals(h("0.8027"), FteRules.contractFte(raised, YearMonth.of(2025, 1), YearMonth.of(2025, 12), 1820));
    }

    @Test
    void monthsWithAbsencesConsumeLessAndAreShownUnder() {
        // agreed 1 FTE; January fully worked (151.67 h ≈ 1.0000), February 100 h worked + 51.67 h of absence, March 180 h
        var year = FteRules.year(2026,
                Map.of(YearMonth.of(2026, 1), h("151.67"), YearMonth.of(2026, 2), h("100"), YearMonth.of(2026, 3), h("180")),
                Map.of(YearMonth.of(2026, 2), h("51.67")), Map.of(), h("1"), 1820);
        var jan = year.months().get(0);
        var feb = year.months().get(1);
        var mar = year.months().get(2);
        var apr = year.months().get(3);
        assertEquals(FteRules.Consumption.ON_TARGET, jan.consumption());
        assertEquals(h("0.6593"), feb.consumed()); // 100 × 12 / 1 820
        assertEquals(h("51.67"), feb.absenceHours());
        assertEquals(FteRules.Consumption.UNDER, feb.consumption());
        assertEquals(h("-0.3407"), feb.gap());
        assertEquals(FteRules.Consumption.OVER, mar.consumption()); // 180 × 12 / 1 820 = 1.1868
        assertEquals(h("0.0000"), apr.consumed());
        // year: 431.67 h / 1 820 = 0.2372 FTE over the year against 1 agreed
        assertEquals(h("431.67"), year.total().workedHours());
        assertEquals(h("0.2372"), year.total().consumed());
        assertEquals(FteRules.Consumption.UNDER, year.total().consumption());
    }

    @Test
    void noAgreedFteSaysNotSet() {
        var year = FteRules.year(2026, Map.of(), Map.of(), Map.of(), null, 1820);
        assertEquals(FteRules.Consumption.NOT_SET, year.total().consumption());
        assertNull(year.total().gap());
    }
}
