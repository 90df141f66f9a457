package fr.sillon.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The contrat d'engagement of an RSA beneficiary (loi plein emploi): at least {@value #WEEKLY_HOURS} hours of
 * activity a week, CDDI hours included. Sillon holds hours by month: the weekly average of a month is its hours
 * × 7 / the days under contract that month, and a month whose average is below 15 h is flagged (a weekly split is
 * not held; this is an approximation the Département should know of).
 */
public final class RsaRules {
    public static final BigDecimal WEEKLY_HOURS = new BigDecimal("15");

    private RsaRules() {
    }

    /** Weekly average of a month (scale 2), null when no day was under contract. */
    public static BigDecimal weeklyAverage(BigDecimal monthHours, long daysUnderContract) {
        if (daysUnderContract <= 0 || monthHours == null) {
            return null;
        }
        return monthHours.multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(daysUnderContract), 2,
                RoundingMode.HALF_UP);
    }

    public static boolean belowEngagement(BigDecimal weeklyAverage) {
        return weeklyAverage != null && weeklyAverage.compareTo(WEEKLY_HOURS) < 0;
    }
}
