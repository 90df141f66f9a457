package fr.sillon.domain.pathway;

/** Status of an action agreed in an interview or planned to lift a barrier. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
