package fr.sillon.domain.pathway;

import fr.sillon.domain.Labels;

/** Who oriented the person, with the ASP « orienteur / prescripteur » code of the fiche salarié. */
public enum PrescriberKind {
    MISSION_LOCALE("01"),
    CAP_EMPLOI("02"),
    FRANCE_TRAVAIL("03"),
    PLIE("04"),
    DEPARTEMENT("05"),
    OTHER_AUTHORISED("06"),
    SPONTANEOUS("07"),
    ORIENTEUR("08"),
    SPIP("09"),
    PJJ("10"),
    CCAS("11"),
    CHRS("12"),
    CIDFF("13"),
    PREVENTION("14"),
    AFPA("15"),
    PIJ_BIJ("16"),
    CAF("17"),
    CADA("18"),
    ASE("19"),
    CAVA("20"),
    CPH("21"),
    CHU("22"),
    OACAS("23"),
    UNKNOWN("99");

    private final String aspCode;

    PrescriberKind(String aspCode) {
        this.aspCode = aspCode;
    }

    public String aspCode() { return aspCode; }
    /** The French label, from the domain's {@code labels.properties}. */
    public String label() { return Labels.of(this); }
}
