package fr.sillon.domain.funding;

import static fr.sillon.domain.pathway.BarrierCategory.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.funding.AccompanimentDeclaration.Support;
import fr.sillon.domain.pathway.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclarationAndFollowUpTest {
    @Test
    void eachPersonCountsOncePerTypeAndSupportsAddUp() {
        var lines = AccompanimentDeclaration.compute(List.of(
                new Support(1, HOUSING, true, false),
                new Support(1, HOUSING, false, true),   // person 1: inside on one, outside on the other → both
                new Support(2, HOUSING, true, false),   // inside only
                new Support(3, HOUSING, false, false),  // concerned, not supported
                new Support(4, MOBILITY, false, true),
                new Support(5, DIGITAL, true, false),   // digital → basic skills
                new Support(5, BASIC_SKILLS, true, false),
                new Support(6, DISABILITY, false, true))); // disability → health
        var housing = lines.get(AspBarrierType.HOUSING.ordinal());
        assertEquals(3, housing.concerned());
        assertEquals(1, housing.insideOnly());
        assertEquals(0, housing.outsideOnly());
        assertEquals(1, housing.both());
        assertEquals(1, housing.notSupported());
        assertEquals(1, lines.get(AspBarrierType.MOBILITY.ordinal()).outsideOnly());
        assertEquals(1, lines.get(AspBarrierType.BASIC_SKILLS_FLE.ordinal()).concerned());
        assertEquals(1, lines.get(AspBarrierType.HEALTH.ordinal()).concerned());
        assertEquals(8, lines.size());
        assertEquals(0, lines.get(AspBarrierType.JUSTICE.ordinal()).concerned());
    }

    @Test
    void contactSixMonthsAfterTheExitDateToDate() {
        assertEquals(LocalDate.of(2026, 2, 28), AfterExitRules.dueOn(LocalDate.of(2025, 8, 31)));
        LocalDate exit = LocalDate.of(2025, 3, 10); // due 10/09/2025
        assertEquals(AfterExitRules.Status.LATER, AfterExitRules.status(exit, false, LocalDate.of(2025, 8, 10)));
        assertEquals(AfterExitRules.Status.TO_CONTACT, AfterExitRules.status(exit, false, LocalDate.of(2025, 8, 11)));
        assertEquals(AfterExitRules.Status.TO_CONTACT, AfterExitRules.status(exit, false, LocalDate.of(2025, 10, 10)));
        assertEquals(AfterExitRules.Status.OVERDUE, AfterExitRules.status(exit, false, LocalDate.of(2025, 10, 11)));
        assertEquals(AfterExitRules.Status.RECORDED, AfterExitRules.status(exit, true, LocalDate.of(2025, 10, 11)));
    }

    @Test
    void unreachableIsARecordedAnswerAndNotEmployment() {
        var f = new AfterExitFollowUp(1, 7);
        LocalDate exit = LocalDate.of(2025, 3, 10);
        f.record(AfterExitSituation.UNREACHABLE, LocalDate.of(2025, 9, 12), exit, LocalDate.of(2025, 9, 12), "c");
        assertEquals(AfterExitSituation.UNREACHABLE, f.getSituation());
        assertFalse(AfterExitSituation.UNREACHABLE.isEmployment());
        assertTrue(AfterExitSituation.CDI.isEmployment());
        assertThrows(DomainException.class, () -> f.record(AfterExitSituation.CDI, LocalDate.of(2025, 3, 9), exit,
                LocalDate.of(2025, 9, 12), "c"));
        assertThrows(DomainException.class, () -> f.record(AfterExitSituation.CDI, LocalDate.of(2025, 9, 13), exit,
                LocalDate.of(2025, 9, 12), "c"));
    }

    @Test
    void monthHoursAreCheckedWithAFrenchMessage() {
        MonthlyHours.check(new BigDecimal("151.67"), Map.of(AbsenceReason.HEALTH, new BigDecimal("7")));
        var neg = assertThrows(DomainException.class, () -> MonthlyHours.check(new BigDecimal("-1"), Map.of()));
        assertTrue(neg.getMessage().contains("négatives"), neg.getMessage());
        assertThrows(DomainException.class, () -> MonthlyHours.check(null, Map.of()));
        assertThrows(DomainException.class, () -> MonthlyHours.check(new BigDecimal("1.005"), Map.of()));
        // 200 worked + 21 of absence: more than 220 in the month
        assertThrows(DomainException.class, () -> MonthlyHours.check(new BigDecimal("200"),
                Map.of(AbsenceReason.TRANSPORT, new BigDecimal("21"))));
        MonthlyHours.check(new BigDecimal("200"), Map.of(AbsenceReason.TRANSPORT, new BigDecimal("20")));
    }

    @Test
    void bandsAtEntry() {
        LocalDate entry = LocalDate.of(2026, 3, 1);
        assertEquals(PublicBands.Age.UNDER_26, PublicBands.age(LocalDate.of(2000, 3, 2), entry)); // 25 the day before 26
        assertEquals(PublicBands.Age.FROM_26_TO_49, PublicBands.age(LocalDate.of(2000, 3, 1), entry));
        assertEquals(PublicBands.Age.FROM_50, PublicBands.age(LocalDate.of(1976, 3, 1), entry));
        assertEquals(PublicBands.Age.FROM_26_TO_49, PublicBands.age(LocalDate.of(1976, 3, 2), entry));
        assertEquals(PublicBands.Education.CAP_BEP_OR_BELOW, PublicBands.education(EducationLevel.CAP_BEP_OBTAINED));
        assertEquals(PublicBands.Education.ABOVE_CAP_BEP, PublicBands.education(EducationLevel.BAC));
        assertEquals(PublicBands.Education.UNKNOWN, PublicBands.education(null));
        assertTrue(PublicBands.atEntry(LocalDate.of(2026, 4, 1), entry));
        assertFalse(PublicBands.atEntry(LocalDate.of(2026, 4, 2), entry));
    }
}
