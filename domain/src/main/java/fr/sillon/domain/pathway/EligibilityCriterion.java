package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;

/**
 * Eligibility criteria of the IAE diagnosis (Plateforme de l'inclusion codes). For an ACI: at least one level-1
 * criterion or three level-2 criteria. TH (health) and DETENTION_MJ (justice) are sensitive.
 */
public enum EligibilityCriterion {
    RSA(1),
    ASS(1),
    AAH(1),
    DETLD(1),
    CAP_BEP(2),
    SENIOR(2),
    JEUNE(2),
    ASE(2),
    DELD(2),
    TH(2),
    PI(2),
    PSH_PR(2),
    REF_DA(2),
    ZRR(2),
    QPV(2),
    DETENTION_MJ(2),
    FLE(2),
    PM(2);

    private final int level;

    EligibilityCriterion(int level) {
        this.level = level;
    }

    public int level() { return level; }
    /** The French label, from the domain's {@code labels.properties}. */
    public String label() { return Labels.of(this); }

    /** Health (TH) or justice (DETENTION_MJ) data: shown to coordinators only. */
    public boolean isSensitive() {
        return this == TH || this == DETENTION_MJ;
    }
}
