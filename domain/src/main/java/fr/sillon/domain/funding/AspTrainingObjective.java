package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** The objective of a training as the ASP's RefObjectifFormation list asks it. The list's values were not retrieved (funders-and-peers §4): these are Sillon's French labels, no ASP code is exported. */
public enum AspTrainingObjective {
    BASIC_SKILLS, JOB_ADAPTATION, TECHNICAL_SKILLS, PRE_QUALIFICATION, QUALIFICATION, SAFETY, MOBILITY, EMPLOYABILITY;

    public String label() {
        return Labels.of(this);
    }
}
