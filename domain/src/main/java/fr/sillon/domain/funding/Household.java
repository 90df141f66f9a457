package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** The household at entry asked by the FSE+ questionnaire: living alone, single parent with dependent children, in a couple with or without children, other (hosted, with family…). The ESF+ annex has no household indicator: this list is Sillon's [unverified]. */
public enum Household {
    ALONE, SINGLE_PARENT, COUPLE_WITH_CHILDREN, COUPLE_WITHOUT_CHILDREN, OTHER;

    public String label() {
        return Labels.of(this);
    }
}
