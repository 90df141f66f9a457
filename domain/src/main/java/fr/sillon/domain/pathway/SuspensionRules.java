package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Suspensions of a CDDI and their effect on the parcours (R5132-1-3): a suspension of <b>more than 15 days</b>
 * suspends the PASS IAE and pushes its end back by its length; after <b>12 months</b> of suspension the prescription
 * may end. Sillon applies the same push-back to the 24-month count of the parcours (and to the prolongation limits),
 * since both measure the same parcours (choice, issue 13 point 7). Shorter suspensions change nothing but are shown,
 * and no observation, task presence or validation is accepted on a suspended day (see {@link WorkingDays}).
 * <p>
 * Choice for « plus de quinze jours »: strictly more than 15 calendar days, both ends included (16 days qualify,
 * 15 do not); the whole suspension is then pushed back, not only the days beyond the 15th (R5132-1-3 as summarised
 * in issue 13: the suspension « pushes its end back »; the Plateforme de l'inclusion likewise adds the whole length of a
 * PASS suspension to its end: gip-inclusion/les-emplois, itou/approvals).
 */
public final class SuspensionRules {
    public static final int MIN_DAYS_EXCLUSIVE = 15;
    public static final int PRESCRIPTION_MAY_END_MONTHS = 12;

    private SuspensionRules() {
    }

    /** A suspension as the rules see it (both dates included). */
    public record Suspension(Long contractId, LocalDate start, LocalDate end, SuspensionReason reason) {
        public long days() {
            return Periods.days(start, end);
        }

        /** True when it lasts more than 15 days and so suspends the PASS IAE (R5132-1-3). */
        public boolean suspendsPass() {
            return days() > MIN_DAYS_EXCLUSIVE;
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        /** The day the suspension reaches 12 months (the prescription may then end), when it lasts that long. */
        public Optional<LocalDate> twelveMonthsReachedOn() {
            LocalDate mark = Periods.lastDayAfterMonths(start, PRESCRIPTION_MAY_END_MONTHS).plusDays(1);
            return end.isBefore(mark) ? Optional.empty() : Optional.of(mark);
        }
    }

    /**
     * Checks a new suspension of a contract.
     *
     * @param contractStart  first day of the suspended contract
     * @param contractEnd    planned end of the suspended contract
     * @param existing       the suspensions already recorded for the person
     * @throws DomainException with a {@code pathway.suspension.*} key
     */
    public static void checkNew(LocalDate contractStart, LocalDate contractEnd, Collection<Suspension> existing,
                                Suspension proposed) {
        if (proposed.reason() == null) {
            throw new DomainException("pathway.suspension.reasonRequired");
        }
        if (proposed.start() == null || proposed.end() == null) {
            throw new DomainException("pathway.suspension.datesRequired");
        }
        if (proposed.end().isBefore(proposed.start())) {
            throw new DomainException("pathway.suspension.endBeforeStart");
        }
        if (proposed.start().isBefore(contractStart) || proposed.end().isAfter(contractEnd)) {
            throw new DomainException("pathway.suspension.outsideContract", Periods.fr(contractStart),
                    Periods.fr(contractEnd));
        }
        for (Suspension s : existing) {
            if (!s.end().isBefore(proposed.start()) && !s.start().isAfter(proposed.end())) {
                throw new DomainException("pathway.suspension.overlap", Periods.fr(s.start()), Periods.fr(s.end()));
            }
        }
    }

    /** Days by which the parcours and the PASS IAE are pushed back: the total of the suspensions of more than 15 days. */
    public static long pushBackDays(Collection<Suspension> suspensions) {
        return suspensions.stream().filter(Suspension::suspendsPass).mapToLong(Suspension::days).sum();
    }

    /**
     * End of the PASS IAE once pushed back by the suspensions of more than 15 days that began while it ran (each one
     * extends the end, which may bring a later suspension within the PASS).
     */
    public static LocalDate passEnd(LocalDate recordedEnd, Collection<Suspension> suspensions) {
        if (recordedEnd == null) {
            return null;
        }
        LocalDate end = recordedEnd;
        for (Suspension s : suspensions.stream().sorted(Comparator.comparing(Suspension::start)).toList()) {
            if (s.suspendsPass() && !s.start().isAfter(end)) {
                end = end.plusDays(s.days());
            }
        }
        return end;
    }

    /** The suspension that covers {@code day}, if any. */
    public static Optional<Suspension> on(LocalDate day, List<Suspension> suspensions) {
        return suspensions.stream().filter(s -> s.contains(day)).findFirst();
    }
}
