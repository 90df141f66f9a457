package fr.sillon.domain.funding;

import fr.sillon.domain.Labels;
import fr.sillon.domain.pathway.BarrierCategory;

/**
 * The 8 barrier types of the ASP's yearly déclaration d'accompagnement (fluxIAE_Accompagnement, funders-and-peers
 * §3.1). Sillon's barrier categories map onto them; two choices are <b>derived</b>: disability goes with health
 * (« santé (addiction, handicap psy, autres) ») and digital skills with basic skills (the carnet de bord puts
 * illectronisme among « savoirs de base »).
 */
public enum AspBarrierType {
    BASIC_SKILLS_FLE(false),
    ADMINISTRATIVE_RIGHTS(false),
    HOUSING(false),
    MOBILITY(false),
    HEALTH(true),
    JUSTICE(true),
    DEBT_FINANCES(false),
    AVAILABILITY(false);

    private final boolean sensitive;

    AspBarrierType(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Health or justice: only in an export whose form requires it, once the coordinator confirms. */
    public boolean isSensitive() {
        return sensitive;
    }

    public String label() {
        return Labels.of(this);
    }

    public static AspBarrierType of(BarrierCategory category) {
        return switch (category) {
            case BASIC_SKILLS, DIGITAL -> BASIC_SKILLS_FLE;
            case ADMINISTRATIVE -> ADMINISTRATIVE_RIGHTS;
            case HOUSING -> HOUSING;
            case MOBILITY -> MOBILITY;
            case HEALTH, DISABILITY -> HEALTH;
            case JUSTICE -> JUSTICE;
            case FINANCES -> DEBT_FINANCES;
            case AVAILABILITY -> AVAILABILITY;
        };
    }
}
