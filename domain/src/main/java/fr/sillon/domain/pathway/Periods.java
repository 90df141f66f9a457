package fr.sillon.domain.pathway;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Durations counted « de date à date », as labour law counts them: 4 months from 15 January end on 14 May. This is
 * the one rule used for every duration in months in Sillon (CDDI minimum and limits, suspensions, derogations,
 * PMSMP, SST validity, 12-month windows).
 * <p>
 * <b>Month ends.</b> A period of n months starting on day d ends on the eve of day d of the n-th following month.
 * When that month has no day d (a period starting on the 29th–31st ending in a shorter month), the period ends on the
 * last day of that month: 30/10 + 4 months ends on 28/02 (29/02 in a leap year), not on 27/02. Choice: the Code du
 * travail is silent; this follows the rule of the Code de procédure civile for délais in months (art. 641 al. 2:
 * « à défaut d'un quantième identique, le délai expire le dernier jour du mois ») and is the only reading where a
 * period never loses a day because it started late in a month (issue 13, point 14).
 */
public final class Periods {
    private Periods() {
    }

    /** Last day of a period of {@code months} months starting on {@code start} (inclusive). */
    public static LocalDate lastDayAfterMonths(LocalDate start, int months) {
        LocalDate sameDay = start.plusMonths(months); // java.time clamps the 29th–31st to the month's last day
        if (sameDay.getDayOfMonth() != start.getDayOfMonth()) {
            return sameDay; // no identical day in that month: the period ends on its last day
        }
        return sameDay.minusDays(1);
    }

    /**
     * First day of the earliest period of {@code months} months that still contains {@code end}: the smallest start
     * s such that {@code lastDayAfterMonths(s, months) >= end}.
     */
    public static LocalDate firstDayOfPeriodEndingOn(LocalDate end, int months) {
        LocalDate s = end.minusMonths(months).plusDays(1);
        while (!lastDayAfterMonths(s.minusDays(1), months).isBefore(end)) {
            s = s.minusDays(1);
        }
        while (lastDayAfterMonths(s, months).isBefore(end)) {
            s = s.plusDays(1);
        }
        return s;
    }

    /** Number of calendar days from {@code start} to {@code end}, both included. */
    public static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days of [start, end] that fall within [from, to] (both inclusive); 0 when they do not overlap. */
    public static long overlapDays(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        LocalDate s = start.isAfter(from) ? start : from;
        LocalDate e = end.isBefore(to) ? end : to;
        return e.isBefore(s) ? 0 : days(s, e);
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A date as French users read it (31/12/2025), for messages. */
    public static String fr(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }
}
