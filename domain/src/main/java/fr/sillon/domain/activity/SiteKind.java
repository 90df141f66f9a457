package fr.sillon.domain.activity;

/** Kind of place where production tasks happen. */
public enum SiteKind {
    JARDIN, PARCELLE, SERRE, CHANTIER, ESPACE_VERT, ATELIER
}
