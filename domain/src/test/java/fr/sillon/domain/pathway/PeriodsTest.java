package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Point 14 of issue 13: « de date à date » at month ends, one rule for CDDI, PMSMP, SST and windows. */
class PeriodsTest {
    @Test
    void theIssueExample() {
        // 30/10 + 4 months: the 30th does not exist in February → last day of February, not 27/02
        assertEquals(LocalDate.of(2026, 2, 28), Periods.lastDayAfterMonths(LocalDate.of(2025, 10, 30), 4));
        assertEquals(LocalDate.of(2028, 2, 29), Periods.lastDayAfterMonths(LocalDate.of(2027, 10, 30), 4), "leap year");
        assertEquals(LocalDate.of(2026, 2, 28), Periods.lastDayAfterMonths(LocalDate.of(2025, 10, 31), 4));
        assertEquals(LocalDate.of(2026, 2, 28), Periods.lastDayAfterMonths(LocalDate.of(2025, 10, 29), 4));
        assertEquals(LocalDate.of(2028, 2, 28), Periods.lastDayAfterMonths(LocalDate.of(2027, 10, 29), 4),
                "29/02 exists in 2028: the eve of 29/02");
        assertEquals(LocalDate.of(2026, 2, 27), Periods.lastDayAfterMonths(LocalDate.of(2025, 10, 28), 4));
    }

    @Test
    void ordinaryDays() {
        assertEquals(LocalDate.of(2025, 5, 14), Periods.lastDayAfterMonths(LocalDate.of(2025, 1, 15), 4));
        assertEquals(LocalDate.of(2025, 3, 31), Periods.lastDayAfterMonths(LocalDate.of(2025, 3, 1), 1));
        assertEquals(LocalDate.of(2027, 1, 14), Periods.lastDayAfterMonths(LocalDate.of(2025, 1, 15), 24));
        assertEquals(LocalDate.of(2025, 4, 29), Periods.lastDayAfterMonths(LocalDate.of(2025, 3, 30), 1));
        assertEquals(LocalDate.of(2025, 4, 30), Periods.lastDayAfterMonths(LocalDate.of(2025, 3, 31), 1));
        assertEquals(LocalDate.of(2025, 2, 28), Periods.lastDayAfterMonths(LocalDate.of(2024, 2, 29), 12));
        assertEquals(LocalDate.of(2025, 2, 27), Periods.lastDayAfterMonths(LocalDate.of(2024, 2, 28), 12));
    }

    /**
     * Every start day 28–31 of every month of a common and a leap year, for 1, 4, 12 and 24 months: the period ends on
     * the eve of the same day n months later, or on the last day of that month when it has no such day; and the next
     * period starts the day after, with no day lost nor counted twice.
     */
    @ParameterizedTest
    @ValueSource(ints = {2025, 2027, 2028})
    void monthEndsOfEveryMonth(int year) {
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            for (int day = 28; day <= ym.lengthOfMonth(); day++) {
                LocalDate start = ym.atDay(day);
                for (int n : new int[] {1, 4, 12, 24}) {
                    YearMonth target = ym.plusMonths(n);
                    LocalDate expected = day <= target.lengthOfMonth() ? target.atDay(day).minusDays(1)
                            : target.atEndOfMonth();
                    LocalDate end = Periods.lastDayAfterMonths(start, n);
                    assertEquals(expected, end, start + " + " + n);
                    assertEquals(target, YearMonth.from(end), "ends in the n-th month: " + start + " + " + n);
                    assertFalse(end.isBefore(Periods.lastDayAfterMonths(start.minusDays(1), n)),
                            "a later start never ends earlier: " + start);
                }
            }
        }
    }

    @Test
    void firstDayOfPeriodEndingOnIsTheInverse() {
        for (LocalDate end = LocalDate.of(2027, 1, 1); end.isBefore(LocalDate.of(2029, 1, 1)); end = end.plusDays(1)) {
            LocalDate s = Periods.firstDayOfPeriodEndingOn(end, 12);
            assertFalse(Periods.lastDayAfterMonths(s, 12).isBefore(end), "contains " + end);
            assertTrue(Periods.lastDayAfterMonths(s.minusDays(1), 12).isBefore(end), "earliest for " + end);
        }
    }

    @Test
    void daysAndOverlap() {
        assertEquals(1, Periods.days(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)));
        assertEquals(29, Periods.days(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertEquals(0, Periods.overlapDays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 20)));
        assertEquals(1, Periods.overlapDays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 11),
                LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 20)));
    }
}
