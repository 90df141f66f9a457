package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** An item of the FSE+ participant file, for the completeness grid: the five entry items, the exit situation (due once the person has left), the situation at 6 months (due 6 months after the exit). */
public enum FseItem {
    AGE, EDUCATION, LABOUR_STATUS, HOUSEHOLD, DISABILITY, EXIT_SITUATION, SIX_MONTHS;

    public String label() {
        return Labels.of(this);
    }
}
