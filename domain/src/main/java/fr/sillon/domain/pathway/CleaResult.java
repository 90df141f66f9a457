package fr.sillon.domain.pathway;

/** Result of a CléA evaluation for one of the 7 domains. */
public enum CleaResult {
    ACQUIRED, PARTIAL, NOT_ACQUIRED
}
