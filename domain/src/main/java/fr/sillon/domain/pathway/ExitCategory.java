package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;

/** DREETS/ASP exit categories (fluxIAE_RefCategorieSort). */
public enum ExitCategory {
    EMPLOI_DURABLE,
    EMPLOI_TRANSITION,
    SORTIE_POSITIVE,
    AUTRE_SORTIE,
    /** « Retrait des sorties constatées » (ASP category 5): not counted in exit statistics. */
    RETRAIT;

    /** The French label, from the domain's {@code labels.properties}. */
    public String label() {
        return Labels.of(this);
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
