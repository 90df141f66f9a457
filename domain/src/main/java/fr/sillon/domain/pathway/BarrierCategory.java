package fr.sillon.domain.pathway;

/**
 * Categories of « freins périphériques », after the ASP accompaniment list (fluxIAE) completed by the PASS IAE
 * bilan template (disability, digital skills). Health, disability and justice are sensitive data (RGPD art. 9 and 10).
 */
public enum BarrierCategory {
    BASIC_SKILLS(false),
    ADMINISTRATIVE(false),
    HOUSING(false),
    MOBILITY(false),
    HEALTH(true),
    JUSTICE(true),
    FINANCES(false),
    AVAILABILITY(false),
    DISABILITY(true),
    DIGITAL(false);

    private final boolean sensitive;

    BarrierCategory(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Details of a sensitive barrier are shown to coordinators only. */
    public boolean isSensitive() {
        return sensitive;
    }
}
