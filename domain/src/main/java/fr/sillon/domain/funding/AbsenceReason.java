package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;

/**
 * Reasons of absence the Département and the RSA referent ask for (santé, administratif, garde d'enfant, transport,
 * autre). There is deliberately no « injustifiée »: an absence is categorised, never presumed unjustified.
 */
public enum AbsenceReason {
    HEALTH, ADMINISTRATIVE, CHILDCARE, TRANSPORT, OTHER;

    public String label() {
        return Labels.of(this);
    }
}
