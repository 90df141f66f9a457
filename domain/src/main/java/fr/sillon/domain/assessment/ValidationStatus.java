package fr.sillon.domain.assessment;

/** State of a validation decision. Only {@link #VALIDATED} is <em>active</em>: one per participant and criterion. */
public enum ValidationStatus {
    VALIDATED, DECLINED, REVOKED
}
