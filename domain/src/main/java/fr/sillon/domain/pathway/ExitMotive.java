package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;
import static fr.sillon.domain.pathway.ExitCategory.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * ASP exit motives (« motifs de sortie ») and the DREETS category each one falls into.
 * <p>
 * Numbers are those of the ASP list of exit motives (number 2 and 96 are confirmed ASP rms_codes).
 * The official motive → category table was not found: the mapping below follows the DREETS category definitions
 * and is <b>derived</b>. Choices made where the sources say « unknown »: retirement, long leave, death,
 * change of employer and trial-period breaks are withdrawn from the
 * statistics ({@link ExitCategory#RETRAIT}); dismissal for serious misconduct, administrative or court decision and
 * automatic exit are « autres sorties ». « Sortie automatique » has no known number: internal code {@code SA}.
 * <p>
 * <b>CDI Inclusion (96)</b> is an exit to <b>emploi durable</b>, not a « retrait »: the ASP's own counting (GIP
 * pilotage-airflow DSN script) filters motive 96 separately from category 5 (« retrait des
 * sorties constatées »), and a CDI is by definition emploi durable. The official motive → category table was not
 * found: if it says otherwise, change this one line (issue 13, point 5).
 */
public enum ExitMotive {
    CDI_IN_STRUCTURE("1", EMPLOI_DURABLE),
    FIXED_TERM_OTHER_SIAE("2", SORTIE_POSITIVE),
    CDI_OTHER_EMPLOYER("3", EMPLOI_DURABLE),
    BUSINESS_CREATION("4", EMPLOI_DURABLE),
    QUALIFYING_TRAINING("5", SORTIE_POSITIVE),
    INACTIVE("6", AUTRE_SORTIE),
    UNEMPLOYED("7", AUTRE_SORTIE),
    NO_NEWS("8", AUTRE_SORTIE),
    CDD_6_MONTHS_OR_MORE("9", EMPLOI_DURABLE),
    CDD_UNDER_6_MONTHS("10", EMPLOI_TRANSITION),
    CIVIL_SERVICE("11", EMPLOI_DURABLE),
    OTHER_POSITIVE("12", SORTIE_POSITIVE),
    SUBSIDISED_CDI("13", EMPLOI_DURABLE),
    SUBSIDISED_FIXED_TERM("14", EMPLOI_TRANSITION),
    RETIREMENT("15", RETRAIT),
    LONG_LEAVE("16", RETRAIT),
    DEATH("17", RETRAIT),
    ADMINISTRATIVE_OR_COURT_DECISION("18", AUTRE_SORTIE),
    DISMISSAL_SERIOUS_MISCONDUCT("19", AUTRE_SORTIE),
    EMPLOYER_TRANSFER("20", RETRAIT),
    TRIAL_BREAK_BY_EMPLOYER("21", RETRAIT),
    TRIAL_BREAK_BY_EMPLOYEE("22", RETRAIT),
    CDI_INCLUSION("96", EMPLOI_DURABLE),
    AUTOMATIC_EXIT("SA", AUTRE_SORTIE);

    private final String aspCode;
    private final ExitCategory category;

    ExitMotive(String aspCode, ExitCategory category) {
        this.aspCode = aspCode;
        this.category = category;
    }

    public String aspCode() {
        return aspCode;
    }

    /** The French label, from the domain's {@code labels.properties}. */
    public String label() {
        return Labels.of(this);
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
