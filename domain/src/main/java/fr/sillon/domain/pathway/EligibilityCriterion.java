package fr.sillon.domain.pathway;

/**
 * Eligibility criteria of the IAE diagnosis (Plateforme de l'inclusion codes). For an ACI: at least one level-1
 * criterion or three level-2 criteria. TH (health) and DETENTION_MJ (justice) are sensitive.
 */
public enum EligibilityCriterion {
    RSA(1, "Bénéficiaire du RSA"),
    ASS(1, "Allocataire ASS"),
    AAH(1, "Allocataire AAH"),
    DETLD(1, "Demandeur d'emploi de très longue durée (+24 mois)"),
    CAP_BEP(2, "Niveau d'étude 3 (CAP, BEP) ou infra"),
    SENIOR(2, "Senior (+50 ans)"),
    JEUNE(2, "Jeune (-26 ans)"),
    ASE(2, "Sortant de l'ASE"),
    DELD(2, "Demandeur d'emploi de longue durée (12-24 mois)"),
    TH(2, "Travailleur handicapé"),
    PI(2, "Parent isolé"),
    PSH_PR(2, "Sans hébergement, hébergé ou en parcours de rue"),
    REF_DA(2, "Réfugié, protection subsidiaire ou demandeur d'asile"),
    ZRR(2, "Résident en ZRR / ZFRR"),
    QPV(2, "Résident en QPV"),
    DETENTION_MJ(2, "Sortant de détention ou placé sous main de justice"),
    FLE(2, "Maîtrise de la langue française inférieure au niveau A1"),
    PM(2, "Problème de mobilité");

    private final int level;
    private final String label;

    EligibilityCriterion(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() { return level; }
    public String label() { return label; }

    /** Health (TH) or justice (DETENTION_MJ) data: shown to coordinators only. */
    public boolean isSensitive() {
        return this == TH || this == DETENTION_MJ;
    }
}
