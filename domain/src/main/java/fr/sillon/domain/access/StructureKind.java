package fr.sillon.domain.access;

/** The kinds of SIAE (structure d'insertion par l'activité économique). */
public enum StructureKind {
    /** Atelier et chantier d'insertion. */
    ACI,
    /** Entreprise d'insertion. */
    EI,
    /** Association intermédiaire. */
    AI,
    /** Entreprise de travail temporaire d'insertion. */
    ETTI,
    /** Entreprise d'insertion par le travail indépendant. */
    EITI
}
