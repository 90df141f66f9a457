package fr.sillon.domain.pathway;

/**
 * The exception recorded on a CDDI that allows it to leave the ordinary limits of L5132-15-1 (4 months minimum,
 * 24 months in total). The total limits of the prolongations are counted from the start of the parcours
 * (see {@link Parcours}), not from the start of one stay.
 */
public enum ContractException {
    /** Ordinary case: at least 4 months, at most 24 months in total. */
    NONE(null, "L5132-15-1"),
    /**
     * Renewal beyond 24 months to finish a vocational training that was already under way at the end of the contract
     * (L5132-15-1), never past the end of that training. No prescriber's decision: the text gives none.
     */
    TRAINING_IN_PROGRESS(null, "L5132-15-1"),
    /** Employee aged 50 or more: prolonged « dans la limite de quatre-vingt-quatre mois » (R5132-1-8, 2° a). */
    SENIOR(84, "R5132-1-8, 2° a"),
    /** Recognised disabled worker (RQTH): prolonged « dans la limite de soixante mois » (R5132-1-8, 2° b). */
    RQTH(60, "R5132-1-8, 2° b"),
    /**
     * Particularly significant difficulties: successive decisions of at most 12 months each, up to 60 months
     * (L5132-15-1, b).
     */
    PARTICULAR_DIFFICULTIES(60, "L5132-15-1, b"),
    /** Person convicted and benefiting from an aménagement de peine: the 4-month minimum does not apply. */
    SENTENCE_ADJUSTMENT(null, "L5132-15-1");

    private final Integer maxParcoursMonths;
    private final String article;

    ContractException(Integer maxParcoursMonths, String article) {
        this.maxParcoursMonths = maxParcoursMonths;
        this.article = article;
    }

    /** True when the exception allows going beyond the ordinary 24 months. */
    public boolean extendsBeyond24Months() {
        return this == TRAINING_IN_PROGRESS || maxParcoursMonths != null;
    }

    /** Total limit of the parcours in months (from its first day), or null when none (training: its own end). */
    public Integer maxParcoursMonths() {
        return maxParcoursMonths;
    }

    /**
     * True when the prolongation needs a decision of the prescriber (or of the ACI for a direct hiring), taken on a
     * bilan (L5132-15-1: « après examen de la situation du salarié au regard de l'emploi, de la capacité contributive
     * de l'employeur et des actions d'accompagnement et de formation conduites »; R5132-1-8).
     */
    public boolean needsDecision() {
        return maxParcoursMonths != null;
    }

    /** The article of the Code du travail that states the exception. */
    public String article() {
        return article;
    }
}
