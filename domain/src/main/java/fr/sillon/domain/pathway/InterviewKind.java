package fr.sillon.domain.pathway;

public enum InterviewKind {
    ACCUEIL, SUIVI, BILAN_INTERMEDIAIRE, BILAN_SORTIE
}
