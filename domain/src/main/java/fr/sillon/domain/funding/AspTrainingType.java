package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** The type of a training as the ASP's RefTypeFormation list asks it. The list's values were not retrieved (funders-and-peers §4): these are Sillon's French labels, no ASP code is exported. */
public enum AspTrainingType {
    INTERNAL, EXTERNAL, WORK_SITUATION, DISTANCE;

    public String label() {
        return Labels.of(this);
    }
}
