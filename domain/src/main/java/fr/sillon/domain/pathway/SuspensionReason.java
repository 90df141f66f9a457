package fr.sillon.domain.pathway;

/**
 * Why a CDDI is suspended: at the employee's request to carry out a PMSMP or a trial period for a job (regime of the
 * CDDI, issue 13 point 7 — the exact article was not verified here), or for the usual causes of suspension of an
 * employment contract (sickness, work accident, maternity, paternity or adoption leave, incarceration…). The
 * historic reasons of the Plateforme de l'inclusion (reference/iae.md §3.3) are covered.
 */
public enum SuspensionReason {
    PMSMP("À la demande du salarié, pour une PMSMP"),
    TRIAL_PERIOD("À la demande du salarié, pour une période d'essai chez un autre employeur"),
    SICKNESS("Arrêt maladie"),
    WORK_ACCIDENT("Accident du travail ou maladie professionnelle"),
    MATERNITY_PATERNITY("Congé de maternité, de paternité ou d'adoption"),
    INCARCERATION("Incarcération"),
    OTHER("Autre cause de suspension du contrat");

    private final String label;

    SuspensionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
