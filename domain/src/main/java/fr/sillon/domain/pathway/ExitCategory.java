package fr.sillon.domain.pathway;

/** DREETS/ASP exit categories (fluxIAE_RefCategorieSort). */
public enum ExitCategory {
    EMPLOI_DURABLE("Emploi durable"),
    EMPLOI_TRANSITION("Emploi de transition"),
    SORTIE_POSITIVE("Sorties positives"),
    AUTRE_SORTIE("Autres sorties"),
    /** « Retrait des sorties constatées » (ASP category 5): not counted in exit statistics. */
    RETRAIT("Retrait des sorties constatées");

    private final String label;

    ExitCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A « sortie dynamique » (sortie vers l'emploi): emploi durable, emploi de transition or sortie positive. */
    public boolean isDynamic() {
        return this == EMPLOI_DURABLE || this == EMPLOI_TRANSITION || this == SORTIE_POSITIVE;
    }

    /** Counted in the total of exits (the denominator of the rate of sorties dynamiques). */
    public boolean isCounted() {
        return this != RETRAIT;
    }
}
