package fr.sillon.domain.pathway;

/** Who oriented the person, with the ASP « orienteur / prescripteur » code of the fiche salarié. */
public enum PrescriberKind {
    MISSION_LOCALE("01", "Mission locale"),
    CAP_EMPLOI("02", "Cap emploi"),
    FRANCE_TRAVAIL("03", "France Travail"),
    PLIE("04", "PLIE"),
    DEPARTEMENT("05", "Service social du conseil départemental"),
    OTHER_AUTHORISED("06", "Autre prescripteur habilité"),
    SPONTANEOUS("07", "Candidature spontanée"),
    ORIENTEUR("08", "Orienteur (prescripteur non habilité)"),
    SPIP("09", "SPIP"),
    PJJ("10", "PJJ"),
    CCAS("11", "CCAS"),
    CHRS("12", "CHRS"),
    CIDFF("13", "CIDFF"),
    PREVENTION("14", "Service ou club de prévention"),
    AFPA("15", "AFPA"),
    PIJ_BIJ("16", "PIJ-BIJ"),
    CAF("17", "CAF"),
    CADA("18", "CADA"),
    ASE("19", "ASE"),
    CAVA("20", "CAVA"),
    CPH("21", "CPH"),
    CHU("22", "CHU"),
    OACAS("23", "OACAS"),
    UNKNOWN("99", "Non connu");

    private final String aspCode;
    private final String label;

    PrescriberKind(String aspCode, String label) {
        this.aspCode = aspCode;
        this.label = label;
    }

    public String aspCode() { return aspCode; }
    public String label() { return label; }
}
