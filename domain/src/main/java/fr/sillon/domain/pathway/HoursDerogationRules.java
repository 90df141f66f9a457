package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The préfet's individual derogation to the 20-hour weekly minimum of a CDDI (D5132-43-5): granted for a period of at
 * most 12 months; it may be prolonged, after a bilan by the employer of the employee's situation regarding employment
 * and of the support and training actions carried out, only to finish the actions prescribed.
 * <p>
 * Choices (the decree gives no length nor number of prolongations): one prolongation per derogation, of at most 12
 * months « de date à date » from the day after the derogation's end (the same bound as the derogation itself); the
 * bilan is dated no later than the derogation's last day (it must precede the decision); the actions to finish are
 * required.
 */
public final class HoursDerogationRules {
    public static final int MAX_MONTHS = 12;
    public static final int MAX_PROLONGATION_MONTHS = 12;

    private HoursDerogationRules() {
    }

    /** A derogation period as the rules see it (both dates included; {@code prolongedUntil} null when not prolonged). */
    public record Period(String reference, LocalDate start, LocalDate end, LocalDate prolongedUntil) {
        public LocalDate effectiveEnd() {
            return prolongedUntil != null ? prolongedUntil : end;
        }

        public boolean covers(LocalDate from, LocalDate to) {
            return !from.isBefore(start) && !to.isAfter(effectiveEnd());
        }
    }

    /** Checks a new derogation. */
    public static void checkNew(String reference, LocalDate start, LocalDate end) {
        if (reference == null || reference.isBlank()) {
            throw new DomainException("pathway.contract.derogationReferenceRequired");
        }
        if (start == null || end == null) {
            throw new DomainException("pathway.derogation.datesRequired");
        }
        if (end.isBefore(start)) {
            throw new DomainException("pathway.derogation.endBeforeStart");
        }
        LocalDate max = Periods.lastDayAfterMonths(start, MAX_MONTHS);
        if (end.isAfter(max)) {
            throw new DomainException("pathway.derogation.above12Months", Periods.fr(max));
        }
    }

    /** Checks the prolongation of {@code derogation} until {@code until} on the employer's bilan. */
    public static void checkProlongation(Period derogation, LocalDate until, LocalDate bilanOn, String bilan,
                                         String actionsToFinish) {
        if (derogation.prolongedUntil() != null) {
            throw new DomainException("pathway.derogation.alreadyProlonged", Periods.fr(derogation.prolongedUntil()));
        }
        if (bilanOn == null || bilan == null || bilan.isBlank()) {
            throw new DomainException("pathway.derogation.bilanRequired");
        }
        if (actionsToFinish == null || actionsToFinish.isBlank()) {
            throw new DomainException("pathway.derogation.actionsRequired");
        }
        if (bilanOn.isAfter(derogation.end())) {
            throw new DomainException("pathway.derogation.bilanAfterEnd", Periods.fr(derogation.end()));
        }
        if (until == null || !until.isAfter(derogation.end())) {
            throw new DomainException("pathway.derogation.prolongationAfterEnd", Periods.fr(derogation.end()));
        }
        LocalDate max = Periods.lastDayAfterMonths(derogation.end().plusDays(1), MAX_PROLONGATION_MONTHS);
        if (until.isAfter(max)) {
            throw new DomainException("pathway.derogation.prolongationAbove12Months", Periods.fr(max));
        }
    }

    /** True when one of {@code derogations} covers the whole of [from, to]. */
    public static boolean covered(Collection<Period> derogations, LocalDate from, LocalDate to) {
        return derogations.stream().anyMatch(d -> d.covers(from, to));
    }
}
