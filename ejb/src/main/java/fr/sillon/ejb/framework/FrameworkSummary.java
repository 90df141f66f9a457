package fr.sillon.ejb.framework;

import fr.sillon.domain.framework.FrameworkStatus;
import java.io.Serializable;

/** One framework in a list, with its number of criteria. {@code shared}: shipped with Sillon. */
public record FrameworkSummary(long id, String code, String version, String title, FrameworkStatus status,
                               boolean shared, long criteria) implements Serializable {
    /** Constructor used by the JPQL constructor expression. */
    public FrameworkSummary(Long id, String code, String version, String title, FrameworkStatus status,
                            Long structureId, Long criteria) {
        this(id, code, version, title, status, structureId == null, criteria == null ? 0 : criteria);
    }
}
