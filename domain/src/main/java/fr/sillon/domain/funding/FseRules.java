package fr.sillon.domain.funding;

import fr.sillon.domain.pathway.EducationLevel;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The FSE+ participant file (ESF+ Regulation 2021/1057, Annex I; funders-and-peers §3.4): age band at entry, education
 * as an ISCED band from the ASP level, the exit situation to enter within 4 weeks, the situation at 6 months, and how
 * complete the file is. The ASP level → ISCED mapping is <b>derived</b> (CAP/BEP and bac are ISCED 3–4; BTS and above
 * ISCED 5–8; below CAP ISCED 0–2).
 */
public final class FseRules {
    public static final int EXIT_ENTRY_DAYS = 28;

    private FseRules() {
    }

    public enum AgeBand { UNDER_18, FROM_18_TO_29, FROM_30_TO_54, FROM_55 }

    public enum Isced { ISCED_0_2, ISCED_3_4, ISCED_5_8 }

    public static AgeBand ageBand(LocalDate birthDate, LocalDate entry) {
        if (birthDate == null) {
            return null;
        }
        int years = Period.between(birthDate, entry).getYears();
        return years < 18 ? AgeBand.UNDER_18 : years < 30 ? AgeBand.FROM_18_TO_29 : years < 55 ? AgeBand.FROM_30_TO_54
                : AgeBand.FROM_55;
    }

    public static Isced isced(EducationLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case NEVER_SCHOOLED, NON_CERTIFYING, COMPULSORY_ONLY, SHORT_TRAINING -> Isced.ISCED_0_2;
            case BEP_CAP, CAP_BEP_OBTAINED, BAC, BT_BAC_PRO -> Isced.ISCED_3_4;
            case BTS_DUT, LICENCE, POSTGRADUATE -> Isced.ISCED_5_8;
        };
    }

    /** The day by which the exit situation must be entered (4 weeks after the exit). */
    public static LocalDate exitEntryDeadline(LocalDate exitDate) {
        return exitDate.plusDays(EXIT_ENTRY_DAYS);
    }

    /**
     * Completeness in percent of the items of the file that apply: the entry items always, the exit situation once
     * the person has left, the 6-month situation once it is due.
     */
    public static int completeness(List<Object> entryItems, LocalDate exitDate, Object exitSituation,
                                   Object sixMonthSituation, LocalDate today) {
        int due = entryItems.size();
        int filled = (int) entryItems.stream().filter(Objects::nonNull).count();
        if (exitDate != null) {
            due++;
            filled += exitSituation == null ? 0 : 1;
            if (!today.isBefore(AfterExitRules.dueOn(exitDate))) {
                due++;
                filled += sixMonthSituation == null ? 0 : 1;
            }
        }
        return due == 0 ? 100 : filled * 100 / due;
    }
}
