package fr.sillon.domain.pathway;

import java.time.LocalDate;

/**
 * How long the personal data of a pathway is kept in the active base (the structure's GDPR record of processing): 24 months from the end of
 * the IAE pathway (R5132-1-23, aligned with the CNIL's 2 years from the last contact for social accompaniment).
 * After that the participant is anonymised: identity, contact, identifiers, eligibility criteria, RQTH, interview
 * notes and barrier details are erased; dates, contracts, exits and their categories stay for the statistics.
 */
public final class RetentionRules {
    public static final int ACTIVE_BASE_MONTHS = 24;

    private RetentionRules() {
    }

    /** The first day the participant may be anonymised, given the exit date of their last pathway. */
    public static LocalDate anonymisableFrom(LocalDate lastExit) {
        return lastExit.plusMonths(ACTIVE_BASE_MONTHS).plusDays(1);
    }

    /** True when, on {@code today}, a participant whose last pathway ended on {@code lastExit} must be anonymised. */
    public static boolean mustAnonymise(LocalDate lastExit, boolean activePathway, LocalDate today) {
        return lastExit != null && !activePathway && !today.isBefore(anonymisableFrom(lastExit));
    }

    /**
     * When a pathway that is over ended, for the retention period: its exit date; a pathway closed without an exit
     * record (issue 14) ends with its last contract (actual end, else planned end), or else on its entry date — never
     * « not yet », which would keep the person for ever.
     */
    public static LocalDate pathwayEnd(LocalDate exitDate, LocalDate lastContractEnd, LocalDate entryDate) {
        return exitDate != null ? exitDate : lastContractEnd != null ? lastContractEnd : entryDate;
    }

    /** Exits on or before this date are old enough on {@code today} (for the SQL query). */
    public static LocalDate lastExitUpTo(LocalDate today) {
        return today.minusMonths(ACTIVE_BASE_MONTHS).minusDays(1);
    }
}
