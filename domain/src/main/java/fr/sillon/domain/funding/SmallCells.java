package fr.sillon.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rule of every non-nominative report: a cell counting fewer than {@value #THRESHOLD} people is shown as « < 5 »
 * (0 included: « fewer than 5 » read literally), and a rate whose denominator is fewer than {@value #THRESHOLD}
 * people is not computed (its figure would point at individuals).
 */
public final class SmallCells {
    public static final int THRESHOLD = 5;
    public static final String HIDDEN = "< 5";

    private SmallCells() {
    }

    public static boolean hidden(long people) {
        return people < THRESHOLD;
    }

    /** The count as printed: the number, or « < 5 ». */
    public static String count(long people) {
        return hidden(people) ? HIDDEN : Long.toString(people);
    }

    /** Percentage with one decimal (« 66,7 % »), or « < 5 » when the denominator is too small. */
    public static String rate(long numerator, long denominator) {
        if (hidden(denominator)) {
            return HIDDEN;
        }
        return percent(numerator, denominator).toPlainString().replace('.', ',') + " %";
    }

    /** The percentage itself (one decimal); the caller applies the rule. */
    public static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
