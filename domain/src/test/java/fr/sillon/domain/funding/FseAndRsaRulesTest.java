package fr.sillon.domain.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        LocalDate born = LocalDate.of(1990, 1, 1);
        // in pathway, household not answered: 4 of the 5 entry items
        FseRules.Facts inPathway = new FseRules.Facts(born, EducationLevel.BAC, LabourStatus.UNEMPLOYED, null,
                Disability.DECLINED, null, null, null);
        assertEquals(List.of(FseItem.HOUSEHOLD), FseRules.missing(inPathway, today));
        assertEquals(80, FseRules.completeness(inPathway, today));
        // everything answered (« ne souhaite pas répondre » is an answer)
        FseRules.Facts full = new FseRules.Facts(born, EducationLevel.BAC, LabourStatus.UNEMPLOYED, Household.ALONE,
                Disability.DECLINED, null, null, null);
        assertEquals(100, FseRules.completeness(full, today));
        // left on 10/08 without its exit situation; the 6 months are not due before 10/02: 5 of 6
        FseRules.Facts left = new FseRules.Facts(born, EducationLevel.BAC, LabourStatus.UNEMPLOYED, Household.ALONE,
                Disability.NO, LocalDate.of(2026, 8, 10), null, null);
        assertEquals(List.of(FseItem.EXIT_SITUATION), FseRules.missing(left, today));
        assertEquals(83, FseRules.completeness(left, today));
        // left on 01/03: the 6 months are due on 01/09 (that very day) and missing; exit given: 6 of 7
        FseRules.Facts sixMonths = new FseRules.Facts(born, EducationLevel.BAC, LabourStatus.UNEMPLOYED,
                Household.ALONE, Disability.NO, LocalDate.of(2026, 3, 1), FseExitSituation.EMPLOYMENT, null);
        assertEquals(List.of(FseItem.SIX_MONTHS), FseRules.missing(sixMonths, today));
        assertEquals(85, FseRules.completeness(sixMonths, today));
        // the day before, they are not due yet
        assertEquals(List.of(), FseRules.missing(sixMonths, LocalDate.of(2026, 8, 31)));
        // nothing known but the exit: 7 items due, all missing
        FseRules.Facts empty = new FseRules.Facts(null, null, null, null, null, LocalDate.of(2026, 3, 1), null, null);
        assertEquals(List.of(FseItem.values()), FseRules.missing(empty, today));
        assertEquals(0, FseRules.completeness(empty, today));
    }

    @Test
    void exitSituationWithinFourWeeks() {
        LocalDate exit = LocalDate.of(2026, 3, 1);
        assertEquals(LocalDate.of(2026, 3, 29), FseRules.exitEntryDeadline(exit));
        assertFalse(FseRules.exitEntryLate(exit, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 5, 1)));
        assertTrue(FseRules.exitEntryLate(exit, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 5, 1)));
        assertFalse(FseRules.exitEntryLate(exit, null, LocalDate.of(2026, 3, 29)));
        assertTrue(FseRules.exitEntryLate(exit, null, LocalDate.of(2026, 3, 30)));
        assertFalse(FseRules.exitEntryLate(null, null, LocalDate.of(2026, 3, 30)));
        assertEquals(28L, FseRules.exitEntryDelay(exit, LocalDate.of(2026, 3, 29)));
        assertNull(FseRules.exitEntryDelay(exit, null));
    }

    @Test
    void questionnaireAnswersWinOverTheCriteria() {
        assertEquals(Disability.NO, FseRules.disability(Disability.NO, true));
        assertEquals(Disability.YES, FseRules.disability(null, true));
        assertNull(FseRules.disability(null, false));
        assertTrue(FseRules.singleParent(Household.SINGLE_PARENT, false));
        assertTrue(FseRules.singleParent(null, true));
        assertFalse(FseRules.singleParent(Household.COUPLE_WITH_CHILDREN, false));
        assertEquals(Boolean.FALSE, FseRules.longTermUnemployed(LabourStatus.UNEMPLOYED, true));
        assertEquals(Boolean.TRUE, FseRules.longTermUnemployed(LabourStatus.LONG_TERM_UNEMPLOYED, false));
        assertEquals(Boolean.TRUE, FseRules.longTermUnemployed(null, true));
        assertNull(FseRules.longTermUnemployed(null, false));
    }

    @Test
    void anFseExitSituationOnlyOnceThePersonHasLeftAndItsDayIsKept() {
        FseParticipantFile f = new FseParticipantFile(1, 7);
        assertEquals("funding.fse.notExited", assertThrows(fr.sillon.domain.DomainException.class,
                () -> f.answerExit(FseExitSituation.EMPLOYMENT, null, LocalDate.of(2026, 3, 2), "c")).getKey());
        assertEquals("funding.fse.exitRequired", assertThrows(fr.sillon.domain.DomainException.class,
                () -> f.answerExit(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "c")).getKey());
        f.answerExit(FseExitSituation.EMPLOYMENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), "c");
        // saved again unchanged later: the day it was entered stays
        f.answerExit(FseExitSituation.EMPLOYMENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 10), "c");
        assertEquals(LocalDate.of(2026, 3, 10), f.getExitRecordedOn());
        // corrected: the new answer's day
        f.answerExit(FseExitSituation.JOB_SEEKING, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 10), "c");
        assertEquals(LocalDate.of(2026, 4, 10), f.getExitRecordedOn());
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
