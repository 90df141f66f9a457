package fr.sillon.domain.pathway;

public enum ImmersionOutcome {
    OBJECTIVES_MET, PARTIALLY_MET, NOT_MET, HIRING_PROPOSED, INTERRUPTED
}
