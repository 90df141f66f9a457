package fr.sillon.domain.framework;

/** Life cycle of a framework: DRAFT (editable) → PUBLISHED (immutable, usable) → RETIRED (kept for the records made against it). */
public enum FrameworkStatus {
    DRAFT, PUBLISHED, RETIRED
}
