package fr.sillon.ejb.framework;

import fr.sillon.domain.framework.CompetencyKind;
import java.io.Serializable;

/** A competency found by a search across the frameworks visible to the caller. */
public record SearchHit(long frameworkId, String frameworkCode, String frameworkVersion, long competencyId,
                        String code, CompetencyKind kind, String title) implements Serializable {
}
