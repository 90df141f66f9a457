package fr.sillon.domain.pathway;

import static fr.sillon.domain.pathway.PathwayAlerts.Kind.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.pathway.PathwayAlerts.Alert;
import fr.sillon.domain.pathway.PathwayAlerts.Kind;
import fr.sillon.domain.pathway.PathwayAlerts.Snapshot;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathwayAlertsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    /** A quiet pathway: contract ending far away, recent interview, no SST, PASS far away. */
    static Snapshot quiet(long id) {
        return new Snapshot(id, "P" + id, TODAY.minusMonths(3), TODAY.minusMonths(3), TODAY.plusDays(200), TODAY.minusDays(3),
                TODAY.plusYears(1), null);
    }

    static List<Kind> kinds(Snapshot s) {
        return PathwayAlerts.compute(TODAY, List.of(s)).stream().map(Alert::kind).toList();
    }

    @Test
    void quietPathwayHasNoAlert() {
        assertEquals(List.of(), kinds(quiet(1)));
    }

    @Test
    void contractEndingBoundaries() {
        Snapshot q = quiet(1);
        assertEquals(List.of(CONTRACT_ENDING_30), kinds(withEnd(q, TODAY)));
        assertEquals(List.of(CONTRACT_ENDING_30), kinds(withEnd(q, TODAY.plusDays(30))));
        assertEquals(List.of(CONTRACT_ENDING_60), kinds(withEnd(q, TODAY.plusDays(31))));
        assertEquals(List.of(CONTRACT_ENDING_60), kinds(withEnd(q, TODAY.plusDays(60))));
        assertEquals(List.of(), kinds(withEnd(q, TODAY.plusDays(61))));
        assertEquals(List.of(), kinds(withEnd(q, TODAY.minusDays(1))), "an ended contract is no longer an alert");
    }

    static Snapshot withEnd(Snapshot s, LocalDate end) {
        return new Snapshot(s.pathwayId(), s.participantName(), s.entryDate(), s.firstContractStart(), end,
                s.lastInterview(), s.passIaeEnd(), s.sstValidUntil());
    }

    @Test
    void renewalDecisionDueWhenTheContractReaches24MonthsWithin90Days() {
        LocalDate firstStart = LocalDate.of(2023, 8, 1); // 24 months end on 2025-07-31
        Snapshot s = new Snapshot(1, "P", firstStart, firstStart, LocalDate.of(2025, 7, 31), TODAY, null, null);
        assertEquals(List.of(CONTRACT_ENDING_60, RENEWAL_DECISION_DUE), kinds(s));
        Snapshot before24 = new Snapshot(1, "P", firstStart, firstStart, LocalDate.of(2025, 7, 30), TODAY, null, null);
        assertEquals(List.of(CONTRACT_ENDING_60), kinds(before24));
        Snapshot far = new Snapshot(1, "P", firstStart, firstStart.minusMonths(2), TODAY.plusDays(91), TODAY, null, null);
        assertEquals(List.of(), kinds(far));
        Snapshot at90 = new Snapshot(1, "P", firstStart, firstStart.minusMonths(2), TODAY.plusDays(90), TODAY, null, null);
        assertEquals(List.of(RENEWAL_DECISION_DUE), kinds(at90));
    }

    @Test
    void sstExpiringWithin60Days() {
        Snapshot q = quiet(1);
        assertEquals(List.of(SST_EXPIRING), kinds(withSst(q, TODAY.plusDays(60))));
        assertEquals(List.of(SST_EXPIRING), kinds(withSst(q, TODAY)));
        assertEquals(List.of(), kinds(withSst(q, TODAY.plusDays(61))));
        assertEquals(List.of(), kinds(withSst(q, TODAY.minusDays(1))));
    }

    static Snapshot withSst(Snapshot s, LocalDate validUntil) {
        return new Snapshot(s.pathwayId(), s.participantName(), s.entryDate(), s.firstContractStart(),
                s.currentContractEnd(), s.lastInterview(), s.passIaeEnd(), validUntil);
    }

    @Test
    void noInterviewForMoreThanSixWeeks() {
        Snapshot q = quiet(1);
        assertEquals(List.of(), kinds(withInterview(q, TODAY.minusWeeks(6))));
        List<Alert> alerts = PathwayAlerts.compute(TODAY, List.of(withInterview(q, TODAY.minusWeeks(6).minusDays(1))));
        assertEquals(1, alerts.size());
        assertEquals(NO_RECENT_INTERVIEW, alerts.get(0).kind());
        assertEquals(TODAY.minusDays(1), alerts.get(0).date());
    }

    @Test
    void withoutInterviewTheEntryDateCounts() {
        Snapshot recentEntry = new Snapshot(1, "P", TODAY.minusWeeks(6), null, null, null, null, null);
        assertEquals(List.of(), kinds(recentEntry));
        Snapshot oldEntry = new Snapshot(1, "P", TODAY.minusWeeks(6).minusDays(1), null, null, null, null, null);
        assertEquals(List.of(NO_RECENT_INTERVIEW), kinds(oldEntry));
    }

    static Snapshot withInterview(Snapshot s, LocalDate d) {
        return new Snapshot(s.pathwayId(), s.participantName(), s.entryDate(), s.firstContractStart(),
                s.currentContractEnd(), d, s.passIaeEnd(), s.sstValidUntil());
    }

    @Test
    void passIaeEndingWithin90Days() {
        Snapshot q = quiet(1);
        assertEquals(List.of(PASS_IAE_ENDING), kinds(withPass(q, TODAY.plusDays(90))));
        assertEquals(List.of(), kinds(withPass(q, TODAY.plusDays(91))));
        assertEquals(List.of(), kinds(withPass(q, TODAY.minusDays(1))));
    }

    static Snapshot withPass(Snapshot s, LocalDate d) {
        return new Snapshot(s.pathwayId(), s.participantName(), s.entryDate(), s.firstContractStart(),
                s.currentContractEnd(), s.lastInterview(), d, s.sstValidUntil());
    }

    @Test
    void alertsAreSortedByDate() {
        Snapshot a = withPass(quiet(1), TODAY.plusDays(80));
        Snapshot b = withEnd(quiet(2), TODAY.plusDays(10));
        List<Alert> alerts = PathwayAlerts.compute(TODAY, List.of(a, b));
        assertEquals(List.of(2L, 1L), alerts.stream().map(Alert::pathwayId).toList());
    }

    static Snapshot extra(Snapshot q, LocalDate limit24, LocalDate derogationEnd, LocalDate twelveMonths) {
        return new Snapshot(q.pathwayId(), q.participantName(), q.entryDate(), q.firstContractStart(),
                q.currentContractEnd(), q.lastInterview(), q.passIaeEnd(), q.sstValidUntil(), limit24, derogationEnd,
                twelveMonths);
    }

    /** Point 8: alert 60 days before the derogation below 20 h ends. */
    @Test
    void derogationEndingBoundaries() {
        Snapshot q = quiet(1);
        assertEquals(List.of(HOURS_DEROGATION_ENDING), kinds(extra(q, null, TODAY, null)));
        assertEquals(List.of(HOURS_DEROGATION_ENDING), kinds(extra(q, null, TODAY.plusDays(60), null)));
        assertEquals(List.of(), kinds(extra(q, null, TODAY.plusDays(61), null)));
        assertEquals(List.of(), kinds(extra(q, null, TODAY.minusDays(1), null)));
    }

    /** Point 7: a suspension reaching 12 months (R5132-1-3), warned 30 days before. */
    @Test
    void longSuspensionBoundaries() {
        Snapshot q = quiet(1);
        assertEquals(List.of(), kinds(extra(q, null, null, TODAY.plusDays(31))));
        assertEquals(List.of(LONG_SUSPENSION), kinds(extra(q, null, null, TODAY.plusDays(30))));
        assertEquals(List.of(LONG_SUSPENSION), kinds(extra(q, null, null, TODAY.minusDays(5))));
    }

    /** Point 7: the renewal-decision alert follows the 24-month limit pushed back by suspensions. */
    @Test
    void renewalDecisionFollowsThePushedBackLimit() {
        Snapshot q = quiet(1); // contract ends in 200 days; first contract 3 months ago: 24 months far away
        LocalDate end = TODAY.plusDays(80);
        Snapshot s = new Snapshot(1, "P1", TODAY.minusMonths(3), TODAY.minusMonths(3), end, TODAY.minusDays(3),
                TODAY.plusYears(1), null, end, null, null);
        assertTrue(kinds(s).contains(RENEWAL_DECISION_DUE));
        Snapshot pushed = new Snapshot(1, "P1", TODAY.minusMonths(3), TODAY.minusMonths(3), end, TODAY.minusDays(3),
                TODAY.plusYears(1), null, end.plusDays(1), null, null);
        assertFalse(kinds(pushed).contains(RENEWAL_DECISION_DUE));
        assertEquals(List.of(), kinds(q));
    }
}
