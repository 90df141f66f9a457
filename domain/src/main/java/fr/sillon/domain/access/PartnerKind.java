package fr.sillon.domain.access;

/** The kinds of partner organisations whose referents follow pathways (codes stored in partner_organisation.kind). */
public enum PartnerKind {
    /** Agence France Travail. */
    FT,
    /** Mission locale. */
    ML,
    /** Conseil départemental. */
    DEPT,
    /** Plan local pour l'insertion et l'emploi. */
    PLIE,
    /** Service pénitentiaire d'insertion et de probation. */
    SPIP,
    /** Cap emploi. */
    CAP_EMPLOI,
    /** Any other prescriber. */
    OTHER
}
