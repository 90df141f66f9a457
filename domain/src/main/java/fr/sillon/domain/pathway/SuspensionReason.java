package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;

/**
 * Why a CDDI is suspended: at the employee's request to carry out a PMSMP or a trial period for a job (regime of the
 * CDDI, issue 13 point 7 — the exact article was not verified here), or for the usual causes of suspension of an
 * employment contract (sickness, work accident, maternity, paternity or adoption leave, incarceration…). The
 * historic reasons of the Plateforme de l'inclusion (gip-inclusion/les-emplois, itou/approvals/enums.py) are covered.
 * Labels: labels.properties.
 */
public enum SuspensionReason {
    PMSMP, TRIAL_PERIOD, SICKNESS, WORK_ACCIDENT, MATERNITY_PATERNITY, INCARCERATION, OTHER;

    public String label() {
        return Labels.of(this);
    }
}
