package fr.sillon.domain.funding;

import java.time.LocalDate;

/**
 * When to contact a person after the exit: on the day 6 months after it (date to date; 31/08 + 6 months → 28/02).
 * The contact is « à faire » from {@value #WINDOW_DAYS} days before that day and « en retard » once
 * {@value #WINDOW_DAYS} days have passed after it with nothing recorded.
 */
public final class AfterExitRules {
    public static final int MONTHS = 6;
    public static final int WINDOW_DAYS = 30;

    private AfterExitRules() {
    }

    public enum Status { LATER, TO_CONTACT, OVERDUE, RECORDED }

    public static LocalDate dueOn(LocalDate exitDate) {
        return exitDate.plusMonths(MONTHS);
    }

    public static Status status(LocalDate exitDate, boolean recorded, LocalDate today) {
        if (recorded) {
            return Status.RECORDED;
        }
        LocalDate due = dueOn(exitDate);
        if (today.isBefore(due.minusDays(WINDOW_DAYS))) {
            return Status.LATER;
        }
        return today.isAfter(due.plusDays(WINDOW_DAYS)) ? Status.OVERDUE : Status.TO_CONTACT;
    }
}
