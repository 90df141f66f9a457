package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/** The labour-market status at entry (ESF+ Regulation 2021/1057, Annex I): unemployed, long-term unemployed, inactive, employed (self-employed included). */
public enum LabourStatus {
    UNEMPLOYED, LONG_TERM_UNEMPLOYED, INACTIVE, EMPLOYED;

    public String label() {
        return Labels.of(this);
    }
}
