package fr.sillon.domain.pathway;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Which exits count in the indicators' rates. The ASP counts an exit from an ACI (or an EI) only after a minimum stay
 * of <b>3 months worked</b> (GIP analytics on ASP « fluxIAE » data, gip-inclusion/pilotage-airflow; AI/ETTI: 150
 * hours, not used by an
 * ACI). Shorter stays appear apart in the indicators and exports, never in the rates (issue 13, point 12).
 * <p>
 * Choice for « 3 mois travaillés »: the days under contract of the stay up to the exit date, minus the suspended days
 * (a suspended day is not worked), must reach the number of days of 3 months « de date à date » from the first day of
 * the first contract. A stay without any contract never counts.
 */
public final class ExitRules {
    public static final int MIN_MONTHS_WORKED = 3;

    private ExitRules() {
    }

    /** True when the exit of a stay with these contracts and suspensions counts in the rates. */
    public static boolean countsInRates(List<CddiRules.Term> contracts, Collection<SuspensionRules.Suspension> suspensions,
                                        LocalDate exitDate) {
        LocalDate first = contracts.stream().map(CddiRules.Term::start).min(LocalDate::compareTo).orElse(null);
        if (first == null || exitDate.isBefore(first)) {
            return false;
        }
        long worked = 0;
        for (CddiRules.Term t : contracts) {
            worked += Periods.overlapDays(t.start(), t.plannedEnd(), first, exitDate);
        }
        for (SuspensionRules.Suspension s : suspensions) {
            worked -= Periods.overlapDays(s.start(), s.end(), first, exitDate);
        }
        long required = Periods.days(first, Periods.lastDayAfterMonths(first, MIN_MONTHS_WORKED));
        return worked >= required;
    }
}
