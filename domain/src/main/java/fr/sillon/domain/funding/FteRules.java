package fr.sillon.domain.funding;

import fr.sillon.domain.pathway.ContractHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-time equivalents (ETP) on the ASP basis: 1 FTE = {@value #DEFAULT_HOURS_PER_FTE} hours a year (SOLIDATA, ASP),
 * unless the deployment says otherwise. One formula: FTE over n months = hours × 12 / (hours per FTE × n). The FTE
 * a structure consumes comes from the hours worked (entered or imported); the figure from contracts (the one
 * {@link ContractHours} formula) is shown beside it as a check, the ASP's figure being the one that counts.
 */
public final class FteRules {
    public static final int DEFAULT_HOURS_PER_FTE = 1820;

    private FteRules() {
    }

    /** FTE of {@code hours} over {@code months} months (scale 4). */
    public static BigDecimal fte(BigDecimal hours, int months, int hoursPerFte) {
        if (hoursPerFte <= 0 || months <= 0) {
            throw new IllegalArgumentException("hoursPerFte and months must be positive");
        }
        return hours.multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf((long) hoursPerFte * months), 4, RoundingMode.HALF_UP);
    }

    /** FTE of the contracts of one pathway over the whole months from {@code from} to {@code to} (contract check). */
    public static BigDecimal contractFte(List<ContractHours.Span> contracts, YearMonth from, YearMonth to, int hoursPerFte) {
        int months = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
        return fte(ContractHours.within(contracts, from.atDay(1), to.atEndOfMonth()), months, hoursPerFte);
    }

    /** Whether a month consumes more, less or exactly what the annex agreed (compared at two decimals). */
    public enum Consumption { UNDER, ON_TARGET, OVER, NOT_SET }

    /**
     * One month of the annex: hours worked, absence hours, FTE consumed, FTE agreed and the gap (consumed − agreed).
     * {@code agreed} and {@code gap} are null when the structure has no agreed FTE.
     */
    public record Month(YearMonth month, BigDecimal workedHours, BigDecimal absenceHours, BigDecimal consumed,
                        BigDecimal contractCheck, BigDecimal agreed, BigDecimal gap, Consumption consumption)
            implements java.io.Serializable {
    }

    /** The year month by month, then its total line (month null). */
    public record Year(int year, int hoursPerFte, BigDecimal agreed, List<Month> months, Month total)
            implements java.io.Serializable {
    }

    /**
     * The 12 months of {@code year}: hours worked and absences by month (months without entry count 0 and say so by a
     * zero), contract hours by month for the check, against the agreed FTE (null: not set).
     */
    public static Year year(int year, Map<YearMonth, BigDecimal> worked, Map<YearMonth, BigDecimal> absences,
                            Map<YearMonth, BigDecimal> contractHours, BigDecimal agreed, int hoursPerFte) {
        List<Month> months = new ArrayList<>();
        BigDecimal totalWorked = BigDecimal.ZERO;
        BigDecimal totalAbsent = BigDecimal.ZERO;
        BigDecimal totalContract = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            BigDecimal w = worked.getOrDefault(ym, BigDecimal.ZERO);
            BigDecimal a = absences.getOrDefault(ym, BigDecimal.ZERO);
            BigDecimal c = contractHours.getOrDefault(ym, BigDecimal.ZERO);
            totalWorked = totalWorked.add(w);
            totalAbsent = totalAbsent.add(a);
            totalContract = totalContract.add(c);
            months.add(line(ym, w, a, c, 1, agreed, hoursPerFte));
        }
        return new Year(year, hoursPerFte, agreed, months,
                line(null, totalWorked, totalAbsent, totalContract, 12, agreed, hoursPerFte));
    }

    private static Month line(YearMonth ym, BigDecimal worked, BigDecimal absent, BigDecimal contract, int months,
                              BigDecimal agreed, int hoursPerFte) {
        BigDecimal consumed = fte(worked, months, hoursPerFte);
        BigDecimal check = fte(contract, months, hoursPerFte);
        if (agreed == null) {
            return new Month(ym, worked, absent, consumed, check, null, null, Consumption.NOT_SET);
        }
        BigDecimal gap = consumed.subtract(agreed);
        int sign = gap.setScale(2, RoundingMode.HALF_UP).signum();
        return new Month(ym, worked, absent, consumed, check, agreed, gap,
                sign < 0 ? Consumption.UNDER : sign > 0 ? Consumption.OVER : Consumption.ON_TARGET);
    }
}
