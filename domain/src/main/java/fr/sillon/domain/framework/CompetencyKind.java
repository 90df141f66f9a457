package fr.sillon.domain.framework;

/**
 * Level of a node in a framework tree. The observed and validated unit is the {@link #CRITERION};
 * an {@link #ITEM} details a criterion (e.g. the capacités of an SST competency).
 */
public enum CompetencyKind {
    DOMAIN, SUBDOMAIN, CRITERION, ITEM;

    /** Whether a node of this kind may be placed under a parent of the given kind ({@code null} = at the root). */
    public boolean allowedUnder(CompetencyKind parent) {
        return switch (this) {
            case DOMAIN -> parent == null;
            case SUBDOMAIN -> parent == DOMAIN || parent == SUBDOMAIN;
            case CRITERION -> parent == null || parent == DOMAIN || parent == SUBDOMAIN;
            case ITEM -> parent == CRITERION || parent == ITEM;
        };
    }

    /** Kind given to a node of a file that does not say it: leaves are criteria, roots domains, the rest sub-domains. */
    public static CompetencyKind infer(boolean root, boolean leaf) {
        if (leaf) {
            return CRITERION;
        }
        return root ? DOMAIN : SUBDOMAIN;
    }

    /** Parses a kind written in a file (case-insensitive), or {@code null} if unknown. */
    public static CompetencyKind parse(String text) {
        if (text == null) {
            return null;
        }
        for (CompetencyKind k : values()) {
            if (k.name().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        return null;
    }
}
