package fr.sillon.domain.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.CddiRules.Term;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.ExitRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {
    @Test
    void fewerThanFivePeopleAreHidden() {
        assertEquals("< 5", SmallCells.count(0));
        assertEquals("< 5", SmallCells.count(4));
        assertEquals("5", SmallCells.count(5));
        assertEquals("12", SmallCells.count(12));
    }

    @Test
    void aRateOverFewerThanFivePeopleIsNotComputed() {
        assertEquals("< 5", SmallCells.rate(3, 4));
        assertEquals("60,0 %", SmallCells.rate(3, 5));
        assertEquals("66,7 %", SmallCells.rate(4, 6));
    }

    @Test
    void exitsCountAfterThreeMonthsAndRetraitsStayOut() {
        LocalDate s = LocalDate.of(2025, 1, 15);
        List<Term> contract = List.of(Term.of(ContractKind.INITIAL, s, LocalDate.of(2025, 12, 31), "26"));
        // 3 months from 15/01 end on 14/04: an exit on 13/04 does not count, on 14/04 it does
        boolean early = ExitRules.countsInRates(contract, List.of(), LocalDate.of(2025, 4, 13));
        boolean onTime = ExitRules.countsInRates(contract, List.of(), LocalDate.of(2025, 4, 14));
        assertFalse(early);
        assertTrue(onTime);
        var exits = BilanExits.of(List.of(
                new BilanExits.Exit(ExitCategory.EMPLOI_DURABLE, onTime),
                new BilanExits.Exit(ExitCategory.EMPLOI_DURABLE, early),
                new BilanExits.Exit(ExitCategory.EMPLOI_TRANSITION, true),
                new BilanExits.Exit(ExitCategory.SORTIE_POSITIVE, true),
                new BilanExits.Exit(ExitCategory.AUTRE_SORTIE, true),
                new BilanExits.Exit(ExitCategory.AUTRE_SORTIE, true),
                new BilanExits.Exit(ExitCategory.RETRAIT, true)));
        assertEquals(1, exits.shortStays());
        assertEquals(5, exits.counted()); // the retrait is not counted
        assertEquals(3, exits.dynamic());
        assertEquals("60,0 %", exits.dynamicRate());
        assertEquals(1L, exits.byCategory().get(ExitCategory.RETRAIT));
        // with one exit less, fewer than 5 count: no rate
        var fewer = BilanExits.of(List.of(new BilanExits.Exit(ExitCategory.EMPLOI_DURABLE, true),
                new BilanExits.Exit(ExitCategory.AUTRE_SORTIE, true)));
        assertEquals("< 5", fewer.dynamicRate());
    }
}
