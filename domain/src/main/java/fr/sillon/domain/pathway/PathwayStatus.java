package fr.sillon.domain.pathway;

public enum PathwayStatus {
    ACTIVE, EXITED
}
