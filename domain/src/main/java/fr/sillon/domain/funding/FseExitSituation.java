package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** The FSE+ immediate result, entered within 4 weeks of the exit: job seeking, in education or training, qualification gained, in employment (self-employed included), inactive (the four ESF+ immediate results, plus inactive) [EU names unverified]. */
public enum FseExitSituation {
    JOB_SEEKING, EDUCATION_OR_TRAINING, QUALIFICATION, EMPLOYMENT, INACTIVE;

    public String label() {
        return Labels.of(this);
    }
}
