package fr.sillon.domain.funding;

import fr.sillon.domain.pathway.EducationLevel;
import java.time.LocalDate;
import java.time.Period;

/**
 * How the bilan groups the people at entry: age at entry (under 26, 26–49, 50 and over: the IAE eligibility
 * criteria JEUNE and SENIOR), education (level CAP/BEP or below, the CAP_BEP criterion, vs above), and which barriers
 * are « at entry » (identified within the first month of the pathway).
 */
public final class PublicBands {
    private PublicBands() {
    }

    public enum Age { UNDER_26, FROM_26_TO_49, FROM_50, UNKNOWN }

    public enum Education { CAP_BEP_OR_BELOW, ABOVE_CAP_BEP, UNKNOWN }

    public static Age age(LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return Age.UNKNOWN;
        }
        int years = Period.between(birthDate, on).getYears();
        return years < 26 ? Age.UNDER_26 : years < 50 ? Age.FROM_26_TO_49 : Age.FROM_50;
    }

    public static Education education(EducationLevel level) {
        if (level == null) {
            return Education.UNKNOWN;
        }
        return level.qualifiesCapBep() ? Education.CAP_BEP_OR_BELOW : Education.ABOVE_CAP_BEP;
    }

    /** A barrier identified on or before the day one month after the entry is a barrier « at entry ». */
    public static boolean atEntry(LocalDate identifiedOn, LocalDate entryDate) {
        return !identifiedOn.isAfter(entryDate.plusMonths(1));
    }
}
