package fr.sillon.domain.pathway;

import static fr.sillon.domain.pathway.ExitCategory.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * ASP exit motives (« motifs de sortie ») and the DREETS category each one falls into.
 * <p>
 * Numbers are those of the ASP-like list of reference/iae.md §6.3 (number 2 and 96 are confirmed ASP rms_codes).
 * The official motive → category table was not found: the mapping below follows the category definitions of
 * §6.1 and is <b>derived</b>. Choices made where the reference says « unknown »: retirement, long leave, death,
 * change of employer, trial-period breaks and CDI Inclusion (the person stays in IAE) are withdrawn from the
 * statistics ({@link ExitCategory#RETRAIT}); dismissal for serious misconduct, administrative or court decision and
 * automatic exit are « autres sorties ». « Sortie automatique » has no known number: internal code {@code SA}.
 * <p>
 * <b>CDI Inclusion (96)</b> is an exit to <b>emploi durable</b>, not a « retrait »: the ASP's own counting (GIP
 * pilotage-airflow DSN script, reference/iae.md §6.2) filters motive 96 separately from category 5 (« retrait des
 * sorties constatées »), and a CDI is by definition emploi durable (§6.1). The official motive → category table was not
 * found: if it says otherwise, change this one line (issue 13, point 5).
 */
public enum ExitMotive {
    CDI_IN_STRUCTURE("1", "En CDI dans la structure ou une filiale", EMPLOI_DURABLE),
    FIXED_TERM_OTHER_SIAE("2", "Embauche pour une durée déterminée dans une autre structure IAE", SORTIE_POSITIVE),
    CDI_OTHER_EMPLOYER("3", "Embauche en CDI non aidé par un autre employeur", EMPLOI_DURABLE),
    BUSINESS_CREATION("4", "Création ou reprise d'entreprise à son compte", EMPLOI_DURABLE),
    QUALIFYING_TRAINING("5", "Entrée en formation qualifiante ou poursuite de formation qualifiante", SORTIE_POSITIVE),
    INACTIVE("6", "Inactif", AUTRE_SORTIE),
    UNEMPLOYED("7", "Au chômage", AUTRE_SORTIE),
    NO_NEWS("8", "Sans nouvelle", AUTRE_SORTIE),
    CDD_6_MONTHS_OR_MORE("9", "Embauche en CDD (sans aide publique à l'emploi) d'une durée de 6 mois et plus", EMPLOI_DURABLE),
    CDD_UNDER_6_MONTHS("10", "Embauche en CDD (sans aide publique à l'emploi) de moins de 6 mois (hors IAE)", EMPLOI_TRANSITION),
    CIVIL_SERVICE("11", "Intégration dans la fonction publique", EMPLOI_DURABLE),
    OTHER_POSITIVE("12", "Autre sortie reconnue comme positive", SORTIE_POSITIVE),
    SUBSIDISED_CDI("13", "Embauche en CDI aidé par un autre employeur", EMPLOI_DURABLE),
    SUBSIDISED_FIXED_TERM("14", "Contrat aidé pour une durée déterminée chez un autre employeur (hors IAE)", EMPLOI_TRANSITION),
    RETIREMENT("15", "Prise des droits à la retraite", RETRAIT),
    LONG_LEAVE("16", "Congés de longue durée (maternité, maladie)", RETRAIT),
    DEATH("17", "Décès", RETRAIT),
    ADMINISTRATIVE_OR_COURT_DECISION("18", "Décision administrative / décision de justice", AUTRE_SORTIE),
    DISMISSAL_SERIOUS_MISCONDUCT("19", "Rupture employeur pour faute grave du salarié", AUTRE_SORTIE),
    EMPLOYER_TRANSFER("20", "Transfert d'employeur", RETRAIT),
    TRIAL_BREAK_BY_EMPLOYER("21", "Rupture pendant la période d'essai à l'initiative de l'employeur", RETRAIT),
    TRIAL_BREAK_BY_EMPLOYEE("22", "Rupture pendant la période d'essai à l'initiative du salarié", RETRAIT),
    CDI_INCLUSION("96", "CDI Inclusion", EMPLOI_DURABLE),
    AUTOMATIC_EXIT("SA", "Sortie automatique", AUTRE_SORTIE);

    private final String aspCode;
    private final String label;
    private final ExitCategory category;

    ExitMotive(String aspCode, String label, ExitCategory category) {
        this.aspCode = aspCode;
        this.label = label;
        this.category = category;
    }

    public String aspCode() {
        return aspCode;
    }

    public String label() {
        return label;
    }

    public ExitCategory category() {
        return category;
    }

    /** True when this exit is a « sortie dynamique ». */
    public boolean isDynamic() {
        return category.isDynamic();
    }

    public static Optional<ExitMotive> ofAspCode(String code) {
        return Arrays.stream(values()).filter(m -> m.aspCode.equals(code)).findFirst();
    }
}
