package fr.sillon.domain.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Alerts of the coordinator's dashboard, computed for a given « today » over plain data (one snapshot per active
 * pathway). The service narrows the snapshots in SQL; this class decides, and is the single definition of the
 * thresholds.
 */
public final class PathwayAlerts {
    public static final int CONTRACT_SOON_DAYS = 30;
    public static final int CONTRACT_LATER_DAYS = 60;
    /** A prolongation beyond 24 months needs an exception, a bilan and often a prescriber: 90 days of notice. */
    public static final int RENEWAL_DECISION_DAYS = 90;
    public static final int SST_DAYS = 60;
    public static final int INTERVIEW_WEEKS = 6;
    /** A PASS IAE prolongation request takes time: warn 90 days before its end. */
    public static final int PASS_IAE_DAYS = 90;
    /** A new préfet's decision or a prolongation on a bilan takes time: warn 60 days before a derogation ends. */
    public static final int DEROGATION_DAYS = 60;
    /** Warn 30 days before a suspension reaches 12 months (R5132-1-3: the prescription may then end). */
    public static final int LONG_SUSPENSION_DAYS = 30;

    private PathwayAlerts() {
    }

    public enum Kind {
        /** The current contract ends within 30 days (renew or prepare the exit). */
        CONTRACT_ENDING_30,
        /** The current contract ends in 31 to 60 days. */
        CONTRACT_ENDING_60,
        /** The current contract ends within 90 days and reaches the 24 months: going on needs an exception. */
        RENEWAL_DECISION_DUE,
        /** The SST certificate expires within 60 days (plan a MAC). */
        SST_EXPIRING,
        /** No interview for more than 6 weeks (since the last one, or since entry). */
        NO_RECENT_INTERVIEW,
        /** The PASS IAE ends within 90 days (its end pushed back by the suspensions of more than 15 days). */
        PASS_IAE_ENDING,
        /** The préfet's derogation below 20 h a week ends within 60 days (D5132-43-5: prolong on a bilan, or 20 h). */
        HOURS_DEROGATION_ENDING,
        /** A suspension reaches (or has reached) 12 months: the prescription may end (R5132-1-3). */
        LONG_SUSPENSION
    }

    /** What an alert says: which pathway, what, and the date it is about. */
    public record Alert(long pathwayId, String participantName, Kind kind, LocalDate date) implements java.io.Serializable {
    }

    /**
     * What the alerts need to know about one active pathway.
     *
     * @param firstContractStart   start of the first CDDI (null when none yet)
     * @param currentContractEnd   planned end of the latest CDDI (null when none yet)
     * @param lastInterview        date of the latest interview (null when none)
     * @param sstValidUntil        last day of validity of the latest SST certificate (null when none)
     * @param passIaeEnd           end of the PASS IAE, already pushed back by suspensions ({@link SuspensionRules#passEnd})
     * @param parcoursLimit24      last day of the 24 months of the parcours, pushed back ({@link Parcours#limit});
     *                             null → computed from {@code firstContractStart}
     * @param derogationEnd        effective end of the derogation below 20 h in force (null when none)
     * @param suspensionTwelveMonths day a running suspension reaches 12 months (null when none)
     */
    public record Snapshot(long pathwayId, String participantName, LocalDate entryDate, LocalDate firstContractStart,
                           LocalDate currentContractEnd, LocalDate lastInterview, LocalDate passIaeEnd,
                           LocalDate sstValidUntil, LocalDate parcoursLimit24, LocalDate derogationEnd,
                           LocalDate suspensionTwelveMonths) {
        public Snapshot(long pathwayId, String participantName, LocalDate entryDate, LocalDate firstContractStart,
                        LocalDate currentContractEnd, LocalDate lastInterview, LocalDate passIaeEnd,
                        LocalDate sstValidUntil) {
            this(pathwayId, participantName, entryDate, firstContractStart, currentContractEnd, lastInterview,
                    passIaeEnd, sstValidUntil, null, null, null);
        }

        LocalDate limit24() {
            if (parcoursLimit24 != null) {
                return parcoursLimit24;
            }
            return firstContractStart == null ? null : Periods.lastDayAfterMonths(firstContractStart, CddiRules.MAX_MONTHS);
        }
    }

    /** The alerts of the given pathways on {@code today}, by date then pathway. */
    public static List<Alert> compute(LocalDate today, Collection<Snapshot> pathways) {
        List<Alert> alerts = new ArrayList<>();
        for (Snapshot p : pathways) {
            LocalDate end = p.currentContractEnd();
            if (end != null && !end.isBefore(today)) {
                if (!end.isAfter(today.plusDays(CONTRACT_SOON_DAYS))) {
                    alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.CONTRACT_ENDING_30, end));
                } else if (!end.isAfter(today.plusDays(CONTRACT_LATER_DAYS))) {
                    alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.CONTRACT_ENDING_60, end));
                }
                if (p.limit24() != null && !end.isAfter(today.plusDays(RENEWAL_DECISION_DAYS))
                        && !end.isBefore(p.limit24())) {
                    alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.RENEWAL_DECISION_DUE, end));
                }
            }
            if (within(p.sstValidUntil(), today, SST_DAYS)) {
                alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.SST_EXPIRING, p.sstValidUntil()));
            }
            LocalDate lastContact = p.lastInterview() != null ? p.lastInterview() : p.entryDate();
            if (lastContact != null && lastContact.isBefore(today.minusWeeks(INTERVIEW_WEEKS))) {
                alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.NO_RECENT_INTERVIEW,
                        lastContact.plusWeeks(INTERVIEW_WEEKS)));
            }
            if (within(p.passIaeEnd(), today, PASS_IAE_DAYS)) {
                alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.PASS_IAE_ENDING, p.passIaeEnd()));
            }
            if (within(p.derogationEnd(), today, DEROGATION_DAYS)) {
                alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.HOURS_DEROGATION_ENDING, p.derogationEnd()));
            }
            if (p.suspensionTwelveMonths() != null
                    && !today.isBefore(p.suspensionTwelveMonths().minusDays(LONG_SUSPENSION_DAYS))) {
                alerts.add(new Alert(p.pathwayId(), p.participantName(), Kind.LONG_SUSPENSION, p.suspensionTwelveMonths()));
            }
        }
        alerts.sort(Comparator.comparing(Alert::date).thenComparing(Alert::pathwayId).thenComparing(Alert::kind));
        return alerts;
    }

    /** The earliest date a snapshot's data can matter for: the service filters in SQL with it. */
    public static LocalDate interviewThreshold(LocalDate today) {
        return today.minusWeeks(INTERVIEW_WEEKS);
    }

    private static boolean within(LocalDate date, LocalDate today, int days) {
        return date != null && !date.isBefore(today) && !date.isAfter(today.plusDays(days));
    }
}
