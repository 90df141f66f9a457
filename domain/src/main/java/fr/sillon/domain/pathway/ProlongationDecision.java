package fr.sillon.domain.pathway;

import java.time.LocalDate;

/**
 * Who decided a prolongation beyond 24 months and on what bilan (L5132-15-1; R5132-1-8): the prescriber (L5132-3),
 * or the ACI itself when the person was hired directly (since loi n° 2020-1577), the date of the decision and the
 * bilan of the employee's situation regarding employment, the employer's capacité contributive and the support and
 * training actions carried out.
 *
 * @param decider    who decided
 * @param deciderName name of the prescriber (organisation and person) or of the structure's signatory
 * @param decidedOn  date of the decision
 * @param bilan      the bilan the decision rests on (summary or reference of the document)
 */
public record ProlongationDecision(Decider decider, String deciderName, LocalDate decidedOn, String bilan) implements java.io.Serializable {
    public enum Decider {
        /** A prescriber (France Travail, Mission locale, Cap emploi, conseil départemental, habilitated organisation). */
        PRESCRIBER,
        /** The ACI itself, only for a person it hired directly (no prescriber). */
        STRUCTURE
    }
}
