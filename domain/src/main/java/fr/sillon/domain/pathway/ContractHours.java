package fr.sillon.domain.pathway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The one formula of contractual hours, used by certificates and by the funders' indicators: each CDDI contract's
 * weekly hours × the days it ran / 7, within a period, overlapping renewals counted once.
 */
public final class ContractHours {
    private ContractHours() {
    }

    /** What the formula needs of a contract (its dates and weekly hours). */
    public record Span(LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours) {
    }

    /**
     * Hours of the contracts of one pathway on the days of [from, until] (both counted), unrounded (scale 6).
     * Zero when no contract runs in the period.
     */
    public static BigDecimal within(List<Span> contracts, LocalDate from, LocalDate until) {
        BigDecimal total = BigDecimal.ZERO;
        LocalDate counted = from.minusDays(1); // last day already counted
        for (Span c : contracts.stream().sorted(Comparator.comparing(Span::start)).toList()) {
            LocalDate start = c.start().isAfter(counted) ? c.start() : counted.plusDays(1);
            LocalDate end = c.plannedEnd().isBefore(until) ? c.plannedEnd() : until;
            if (end.isBefore(start)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            total = total.add(c.weeklyHours().multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_UP));
            counted = end;
        }
        return total;
    }

    /**
     * Hours stated on a certificate: from the first contract up to {@code until} (the exit, or the date of issue while
     * the pathway goes on), rounded to the unit; null when there is no contract.
     */
    public static BigDecimal total(List<Span> contracts, LocalDate until) {
        if (contracts == null || contracts.isEmpty()) {
            return null;
        }
        LocalDate first = contracts.stream().map(Span::start).min(Comparator.naturalOrder()).orElseThrow();
        return within(contracts, first, until).setScale(0, RoundingMode.HALF_UP);
    }
}
