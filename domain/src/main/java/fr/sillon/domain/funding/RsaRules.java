package fr.sillon.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

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

    /**
     * Appointments proposed and attended. « Proposés » counts every appointment offered but those cancelled (a
     * cancelled appointment is held against nobody); attended and missed are those settled so; « à venir » those not
     * settled yet; missed ones by reason. The attendance rate is attended / (attended + missed), in percent rounded
     * down, null when none was attended or missed.
     */
    public record Attendance(int proposed, int attended, int missed, int cancelled, int pending,
                             Map<AbsenceReason, Integer> missedByReason) implements java.io.Serializable {
        public Integer rate() {
            return attended + missed == 0 ? null : attended * 100 / (attended + missed);
        }
    }

    public static Attendance attendance(Collection<RsaAppointment> appointments) {
        int attended = 0;
        int missed = 0;
        int cancelled = 0;
        int pending = 0;
        Map<AbsenceReason, Integer> reasons = new EnumMap<>(AbsenceReason.class);
        for (AbsenceReason r : AbsenceReason.values()) {
            reasons.put(r, 0);
        }
        for (RsaAppointment a : appointments) {
            switch (a.getOutcome()) {
                case ATTENDED -> attended++;
                case MISSED -> {
                    missed++;
                    reasons.merge(a.getMissedReason(), 1, Integer::sum);
                }
                case CANCELLED -> cancelled++;
                case PROPOSED -> pending++;
            }
        }
        return new Attendance(attended + missed + pending, attended, missed, cancelled, pending, reasons);
    }
}
