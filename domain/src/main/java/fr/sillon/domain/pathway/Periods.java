package fr.sillon.domain.pathway;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Durations counted « de date à date », as labour law counts them: 4 months from 15 January end on 14 May. */
public final class Periods {
    private Periods() {
    }

    /** Last day of a period of {@code months} months starting on {@code start} (inclusive). */
    public static LocalDate lastDayAfterMonths(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
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
