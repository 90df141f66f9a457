package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/**
 * The situation of a person 6 months after the exit (the DDETS bilan, FSE+ longer-term results). « Injoignable » is
 * a recorded answer (the person was sought and not reached), distinct from « non relevée » (nothing recorded yet),
 * which is the absence of any situation.
 */
public enum AfterExitSituation {
    CDI(true),
    FIXED_TERM_6_MONTHS_OR_MORE(true),
    FIXED_TERM_UNDER_6_MONTHS(true),
    SUBSIDISED_CONTRACT(true),
    BUSINESS_CREATION(true),
    OTHER_SIAE(false),
    TRAINING(false),
    JOB_SEEKING(false),
    INACTIVE(false),
    UNREACHABLE(false);

    private final boolean employment;

    AfterExitSituation(boolean employment) {
        this.employment = employment;
    }

    /** In employment (outside the IAE) at 6 months. */
    public boolean isEmployment() {
        return employment;
    }

    public String label() {
        return Labels.of(this);
    }
}
