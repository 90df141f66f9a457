package fr.sillon.domain.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The parcours d'insertion of a person, which may span several stays (pathways) in the structure. The 24-month limit
 * and the prolongation limits apply to the parcours (R5132-1-2), not to one stay; a new parcours cannot start within
 * 2 years of the end of the previous one except on a prescriber's decision (R5132-1-4).
 * <p>
 * How Sillon counts (choices, issue 13 point 6):
 * <ul>
 *   <li>a stay belongs to the parcours of the previous stay when it starts less than 2 years (« de date à date »)
 *       after the previous stay ended (exit date, else end of its last contract), unless a prescriber's decision to
 *       start a new parcours is recorded on it; 2 years or more after, a new parcours starts by itself;</li>
 *   <li>the limits are counted from the first day of the first contract of the parcours, « de date à date », and
 *       pushed back by the days <em>between</em> stays (the person was not under contract: L5132-15-1 speaks of a
 *       « durée totale » of contracts) and by the suspensions of more than 15 days (R5132-1-3,
 *       {@link SuspensionRules});</li>
 *   <li>only the stays recorded in this structure are known: a parcours begun in another SIAE is not counted (the
 *       PASS IAE end, recorded from the Plateforme de l'inclusion, is the check for that).</li>
 * </ul>
 *
 * @param start         first day of the first contract of the parcours (null when no contract yet)
 * @param pushBackDays  days by which every limit is pushed back (gaps between stays + qualifying suspensions)
 * @param earlierStays  number of earlier stays counted in this parcours
 * @param lastContractDay last day under contract of the parcours so far (null when none)
 */
public record Parcours(LocalDate start, long pushBackDays, int earlierStays, LocalDate lastContractDay) {
    public static final int NEW_PARCOURS_DELAY_MONTHS = 24;

    /** A parcours with no earlier stay and no suspension, for the contracts of one stay. */
    public static Parcours ofSingleStay(List<CddiRules.Term> contracts) {
        return new Parcours(contracts.stream().map(CddiRules.Term::start).min(Comparator.naturalOrder()).orElse(null),
                0, 0, contracts.stream().map(CddiRules.Term::plannedEnd).max(Comparator.naturalOrder()).orElse(null));
    }

    /**
     * One stay as the parcours sees it.
     *
     * @param entry                entry date
     * @param exit                 exit date (null while running)
     * @param newParcoursDecision  a prescriber's decision to start a new parcours is recorded on this stay
     * @param contracts            its contracts
     */
    public record Stay(LocalDate entry, LocalDate exit, boolean newParcoursDecision, List<CddiRules.Term> contracts) {
        LocalDate firstContractStart() {
            return contracts.stream().map(CddiRules.Term::start).min(Comparator.naturalOrder()).orElse(null);
        }

        /** Last day of the stay: its exit, else the end of its last contract, else its entry. */
        LocalDate lastDay() {
            LocalDate lastContract = contracts.stream().map(CddiRules.Term::plannedEnd).max(Comparator.naturalOrder())
                    .orElse(null);
            if (exit != null) {
                return lastContract != null && lastContract.isBefore(exit) ? lastContract : exit;
            }
            return lastContract != null ? lastContract : entry;
        }
    }

    /** True when a stay entering on {@code entry} still belongs to the parcours of a stay that ended on {@code previousEnd}. */
    public static boolean continues(LocalDate previousEnd, LocalDate entry) {
        return !entry.isAfter(Periods.lastDayAfterMonths(previousEnd.plusDays(1), NEW_PARCOURS_DELAY_MONTHS));
    }

    /**
     * The parcours of the last of {@code stays} (all the person's stays in the structure, in any order; the current
     * one is the latest entry), with the suspensions of its contracts.
     */
    public static Parcours of(List<Stay> stays, Collection<SuspensionRules.Suspension> suspensions) {
        List<Stay> sorted = new ArrayList<>(stays);
        sorted.sort(Comparator.comparing(Stay::entry));
        int first = sorted.size() - 1;
        while (first > 0) {
            Stay current = sorted.get(first);
            Stay previous = sorted.get(first - 1);
            if (current.newParcoursDecision() || !continues(previous.lastDay(), current.entry())) {
                break;
            }
            first--;
        }
        List<Stay> parcours = sorted.subList(Math.max(first, 0), sorted.size());
        LocalDate start = null;
        long gaps = 0;
        LocalDate previousEnd = null;
        for (Stay s : parcours) {
            LocalDate firstContract = s.firstContractStart();
            if (firstContract == null) {
                continue;
            }
            if (start == null) {
                start = firstContract;
            } else if (previousEnd != null && firstContract.isAfter(previousEnd.plusDays(1))) {
                gaps += Periods.days(previousEnd.plusDays(1), firstContract.minusDays(1));
            }
            previousEnd = s.lastDay();
        }
        LocalDate from = start;
        long suspended = SuspensionRules.pushBackDays(suspensions.stream()
                .filter(x -> from != null && !x.start().isBefore(from)).toList());
        return new Parcours(start, gaps + suspended, parcours.size() - 1, previousEnd);
    }

    /**
     * This parcours once the first contract of a new stay starts on {@code contractStart}: the days since the last
     * day under contract are pushed back too; a parcours without any contract starts that day.
     */
    public Parcours withNextContractStart(LocalDate contractStart) {
        if (start == null) {
            return new Parcours(contractStart, pushBackDays, earlierStays, lastContractDay);
        }
        if (lastContractDay == null || !contractStart.isAfter(lastContractDay.plusDays(1))) {
            return this;
        }
        return new Parcours(start, pushBackDays + Periods.days(lastContractDay.plusDays(1), contractStart.minusDays(1)),
                earlierStays, lastContractDay);
    }

    /** Last day of a parcours of {@code months} months, pushed back; null when the parcours has no contract yet. */
    public LocalDate limit(int months) {
        return start == null ? null : Periods.lastDayAfterMonths(start, months).plusDays(pushBackDays);
    }
}
