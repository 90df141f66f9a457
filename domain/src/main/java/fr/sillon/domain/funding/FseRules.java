package fr.sillon.domain.funding;

import fr.sillon.domain.pathway.EducationLevel;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

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

    /** What the file says of one participant, for the completeness grid. */
    public record Facts(LocalDate birthDate, EducationLevel education, LabourStatus labour, Household household,
                        Disability disability, LocalDate exitDate, FseExitSituation exitSituation,
                        AfterExitSituation sixMonths) {
    }

    /**
     * The items due: the five entry items always (age from the birth date, education from the participant's
     * level, labour-market status, household, disability — « ne souhaite pas répondre » is an answer), the exit
     * situation once the person has left, the 6-month situation once it is due ({@link AfterExitRules#dueOn}).
     */
    public static List<FseItem> due(Facts f, LocalDate today) {
        List<FseItem> due = new ArrayList<>(List.of(FseItem.AGE, FseItem.EDUCATION, FseItem.LABOUR_STATUS,
                FseItem.HOUSEHOLD, FseItem.DISABILITY));
        if (f.exitDate() != null) {
            due.add(FseItem.EXIT_SITUATION);
            if (!today.isBefore(AfterExitRules.dueOn(f.exitDate()))) {
                due.add(FseItem.SIX_MONTHS);
            }
        }
        return due;
    }

    /** The items due and not filled, in the order of the file. */
    public static List<FseItem> missing(Facts f, LocalDate today) {
        return due(f, today).stream().filter(i -> switch (i) {
            case AGE -> f.birthDate() == null;
            case EDUCATION -> f.education() == null;
            case LABOUR_STATUS -> f.labour() == null;
            case HOUSEHOLD -> f.household() == null;
            case DISABILITY -> f.disability() == null;
            case EXIT_SITUATION -> f.exitSituation() == null;
            case SIX_MONTHS -> f.sixMonths() == null;
        }).toList();
    }

    /** Completeness in percent (rounded down) of the items due. */
    public static int completeness(Facts f, LocalDate today) {
        int due = due(f, today).size();
        return (due - missing(f, today).size()) * 100 / due;
    }

    /**
     * Days between the exit and the day its situation was entered; null while it is not entered.
     */
    public static Long exitEntryDelay(LocalDate exitDate, LocalDate recordedOn) {
        return exitDate == null || recordedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(exitDate, recordedOn);
    }

    /** Late: entered after the 4-week deadline, or not entered and the deadline is past. */
    public static boolean exitEntryLate(LocalDate exitDate, LocalDate recordedOn, LocalDate today) {
        if (exitDate == null) {
            return false;
        }
        LocalDate deadline = exitEntryDeadline(exitDate);
        return recordedOn == null ? today.isAfter(deadline) : recordedOn.isAfter(deadline);
    }

    /** Disability as declared in the questionnaire; without an answer, a recorded RQTH says yes; otherwise unknown. */
    public static Disability disability(Disability declared, boolean rqth) {
        return declared != null ? declared : rqth ? Disability.YES : null;
    }

    /** Single parent: the household answered so, or the eligibility criterion « parent isolé » recorded. */
    public static boolean singleParent(Household household, boolean criterionPi) {
        return household == Household.SINGLE_PARENT || criterionPi;
    }

    /**
     * Long-term unemployed at entry: the questionnaire's answer when given, else the DELD / DETLD eligibility
     * criteria; null when neither says anything.
     */
    public static Boolean longTermUnemployed(LabourStatus labour, boolean criterionDeld) {
        if (labour != null) {
            return labour == LabourStatus.LONG_TERM_UNEMPLOYED;
        }
        return criterionDeld ? Boolean.TRUE : null;
    }
}
