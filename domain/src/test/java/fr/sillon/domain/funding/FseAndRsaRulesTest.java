package fr.sillon.domain.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FseAndRsaRulesTest {
    @Test
    void ageBandsAndIscedAtEntry() {
        LocalDate entry = LocalDate.of(2026, 5, 1);
        assertEquals(FseRules.AgeBand.UNDER_18, FseRules.ageBand(LocalDate.of(2008, 5, 2), entry));
        assertEquals(FseRules.AgeBand.FROM_18_TO_29, FseRules.ageBand(LocalDate.of(2008, 5, 1), entry));
        assertEquals(FseRules.AgeBand.FROM_30_TO_54, FseRules.ageBand(LocalDate.of(1996, 5, 1), entry));
        assertEquals(FseRules.AgeBand.FROM_55, FseRules.ageBand(LocalDate.of(1971, 5, 1), entry));
        assertEquals(FseRules.AgeBand.FROM_30_TO_54, FseRules.ageBand(LocalDate.of(1971, 5, 2), entry));
        assertEquals(FseRules.Isced.ISCED_0_2, FseRules.isced(EducationLevel.COMPULSORY_ONLY));
        assertEquals(FseRules.Isced.ISCED_3_4, FseRules.isced(EducationLevel.CAP_BEP_OBTAINED));
        assertEquals(FseRules.Isced.ISCED_5_8, FseRules.isced(EducationLevel.BTS_DUT));
    }

    @Test
    void completenessCountsOnlyWhatIsDue() {
        LocalDate today = LocalDate.of(2026, 9, 1);
        List<Object> entry = Arrays.asList("a", "b", null, "d"); // 3 of 4
        assertEquals(75, FseRules.completeness(entry, null, null, null, today));
        // left on 10/08: exit situation due (given), 6 months not yet due → 4 of 5
        assertEquals(80, FseRules.completeness(entry, LocalDate.of(2026, 8, 10), "CDI", null, today));
        // left on 01/03: 6 months due on 01/09 and missing → 4 of 6
        assertEquals(66, FseRules.completeness(entry, LocalDate.of(2026, 3, 1), "CDI", null, today));
        assertEquals(LocalDate.of(2026, 3, 29), FseRules.exitEntryDeadline(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void fifteenHoursAWeek() {
        // 26 h a week over a 30-day month = 111.43 h; 60 h in 30 days = 14.00 h a week: below the engagement
        assertEquals(new BigDecimal("26.00"), RsaRules.weeklyAverage(new BigDecimal("111.43"), 30));
        assertEquals(new BigDecimal("14.00"), RsaRules.weeklyAverage(new BigDecimal("60"), 30));
        assertTrue(RsaRules.belowEngagement(new BigDecimal("14.99")));
        assertFalse(RsaRules.belowEngagement(new BigDecimal("15.00")));
        assertNull(RsaRules.weeklyAverage(new BigDecimal("10"), 0));
    }
}
