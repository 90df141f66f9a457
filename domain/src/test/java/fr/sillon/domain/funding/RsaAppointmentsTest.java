package fr.sillon.domain.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsaAppointmentsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static RsaAppointment on(LocalDate day, AppointmentOutcome outcome, AbsenceReason reason) {
        RsaAppointment a = new RsaAppointment(1, 10, day, AppointmentKind.RSA_REFERENT, "c");
        if (outcome != AppointmentOutcome.PROPOSED) {
            a.settle(outcome, reason, TODAY, "c");
        }
        return a;
    }

    @Test
    void aMissedAppointmentHasItsReasonAndOnlyIt() {
        RsaAppointment a = new RsaAppointment(1, 10, TODAY, AppointmentKind.CIP, "c");
        assertEquals(AppointmentOutcome.PROPOSED, a.getOutcome());
        assertEquals("funding.appointment.reason",
                assertThrows(DomainException.class, () -> a.settle(AppointmentOutcome.MISSED, null, TODAY, "c")).getKey());
        assertEquals("funding.appointment.reasonOnlyMissed", assertThrows(DomainException.class,
                () -> a.settle(AppointmentOutcome.ATTENDED, AbsenceReason.HEALTH, TODAY, "c")).getKey());
        assertEquals("funding.appointment.outcome",
                assertThrows(DomainException.class, () -> a.settle(null, null, TODAY, "c")).getKey());
        a.settle(AppointmentOutcome.MISSED, AbsenceReason.CHILDCARE, TODAY, "c");
        assertEquals(AbsenceReason.CHILDCARE, a.getMissedReason());
        // attended after all: the reason goes
        a.settle(AppointmentOutcome.ATTENDED, null, TODAY, "c");
        assertNull(a.getMissedReason());
        assertEquals("funding.appointment.required", assertThrows(DomainException.class,
                () -> new RsaAppointment(1, 10, null, AppointmentKind.CIP, "c")).getKey());
        assertEquals("funding.appointment.required", assertThrows(DomainException.class,
                () -> new RsaAppointment(1, 10, TODAY, null, "c")).getKey());
    }

    @Test
    void onlyADayAlreadyComeIsAttendedOrMissed() {
        LocalDate tomorrow = TODAY.plusDays(1);
        RsaAppointment a = new RsaAppointment(1, 10, tomorrow, AppointmentKind.FRANCE_TRAVAIL, "c");
        assertEquals("funding.appointment.future", assertThrows(DomainException.class,
                () -> a.settle(AppointmentOutcome.ATTENDED, null, TODAY, "c")).getKey());
        assertEquals("funding.appointment.future", assertThrows(DomainException.class,
                () -> a.settle(AppointmentOutcome.MISSED, AbsenceReason.OTHER, TODAY, "c")).getKey());
        // cancelling one to come is fine; the day itself can be attended
        a.settle(AppointmentOutcome.CANCELLED, null, TODAY, "c");
        assertEquals(AppointmentOutcome.CANCELLED, a.getOutcome());
        on(TODAY, AppointmentOutcome.ATTENDED, null);
    }

    @Test
    void attendanceCountsProposedAttendedMissedByReason() {
        List<RsaAppointment> list = List.of(
                on(TODAY.minusDays(30), AppointmentOutcome.ATTENDED, null),
                on(TODAY.minusDays(20), AppointmentOutcome.ATTENDED, null),
                on(TODAY.minusDays(10), AppointmentOutcome.MISSED, AbsenceReason.TRANSPORT),
                on(TODAY.minusDays(5), AppointmentOutcome.CANCELLED, null),
                on(TODAY.plusDays(7), AppointmentOutcome.PROPOSED, null));
        RsaRules.Attendance a = RsaRules.attendance(list);
        // proposed = 5 - 1 cancelled; attended 2 of the 3 settled: 66 %
        assertEquals(4, a.proposed());
        assertEquals(2, a.attended());
        assertEquals(1, a.missed());
        assertEquals(1, a.cancelled());
        assertEquals(1, a.pending());
        assertEquals(1, a.missedByReason().get(AbsenceReason.TRANSPORT));
        assertEquals(0, a.missedByReason().get(AbsenceReason.HEALTH));
        assertEquals(66, a.rate());
        assertNull(RsaRules.attendance(List.of(on(TODAY.plusDays(1), AppointmentOutcome.PROPOSED, null))).rate());
        assertEquals(0, RsaRules.attendance(List.of()).proposed());
    }

    @Test
    void aCheckInNoteLeavesOnlyWhenShareable() {
        ReferentCheckIn shared = new ReferentCheckIn(1, 10, TODAY, " Mme Le Goff ", "Permis B en vue", true, TODAY, "c");
        assertEquals("Mme Le Goff", shared.getReferentName());
        assertEquals("Permis B en vue", shared.sharedNote());
        ReferentCheckIn kept = new ReferentCheckIn(1, 10, TODAY, "Mme Le Goff", "Difficultés familiales", false, TODAY, "c");
        assertNull(kept.sharedNote());
        assertEquals("Difficultés familiales", kept.getNote());
        assertNull(new ReferentCheckIn(1, 10, TODAY, "X", "  ", true, TODAY, "c").sharedNote());
        assertEquals("funding.checkin.future", assertThrows(DomainException.class,
                () -> new ReferentCheckIn(1, 10, TODAY.plusDays(1), "X", null, false, TODAY, "c")).getKey());
        assertEquals("funding.checkin.required", assertThrows(DomainException.class,
                () -> new ReferentCheckIn(1, 10, TODAY, " ", null, false, TODAY, "c")).getKey());
        assertEquals("funding.checkin.required", assertThrows(DomainException.class,
                () -> new ReferentCheckIn(1, 10, null, "X", null, false, TODAY, "c")).getKey());
        new ReferentCheckIn(1, 10, TODAY, "X", "n".repeat(500), false, TODAY, "c");
        assertEquals("funding.checkin.noteTooLong", assertThrows(DomainException.class,
                () -> new ReferentCheckIn(1, 10, TODAY, "X", "n".repeat(501), false, TODAY, "c")).getKey());
    }
}
