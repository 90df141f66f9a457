package fr.sillon.domain.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Hours of work of a pathway stated on a certificate: each CDDI contract's weekly hours over the days it ran,
 * up to the exit (or the date of issue), overlapping renewals counted once.
 */
public final class ContractHours {
    private ContractHours() {
    }

    public record Contract(LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours) {
    }

    /**
     * @param until last day counted (exit date, or date of issue while the pathway goes on)
     * @return hours rounded to the unit, or null when there is no contract
     */
    public static BigDecimal total(List<Contract> contracts, LocalDate until) {
        if (contracts == null || contracts.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        LocalDate counted = null; // last day already counted
        for (Contract c : contracts.stream().sorted(Comparator.comparing(Contract::start)).toList()) {
            LocalDate from = counted == null || c.start().isAfter(counted) ? c.start() : counted.plusDays(1);
            LocalDate to = c.plannedEnd().isBefore(until) ? c.plannedEnd() : until;
            if (to.isBefore(from)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            total = total.add(c.weeklyHours().multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_UP));
            counted = to;
        }
        return total.setScale(0, RoundingMode.HALF_UP);
    }
}
