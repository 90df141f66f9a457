package fr.sillon.domain.pathway;

/**
 * The exception recorded on a CDDI that allows it to leave the ordinary limits of L5132-15-1
 * (4 months minimum, 24 months in total).
 */
public enum ContractException {
    /** Ordinary case: at least 4 months, at most 24 months in total. */
    NONE,
    /** Renewal beyond 24 months to finish a vocational training in progress, never past the end of that training. */
    TRAINING_IN_PROGRESS,
    /** Case a): employee aged 50 or more, or recognised disabled worker (RQTH), with particular difficulties. */
    SENIOR_OR_RQTH,
    /** Case b): particularly significant difficulties: successive decisions of at most 12 months, up to 60 months. */
    PARTICULAR_DIFFICULTIES,
    /** Person convicted and benefiting from an aménagement de peine: the 4-month minimum does not apply. */
    SENTENCE_ADJUSTMENT;

    /** True when the exception allows going beyond the ordinary 24 months. */
    public boolean extendsBeyond24Months() {
        return this == TRAINING_IN_PROGRESS || this == SENIOR_OR_RQTH || this == PARTICULAR_DIFFICULTIES;
    }
}
