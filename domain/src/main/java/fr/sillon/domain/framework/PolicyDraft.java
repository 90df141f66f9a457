package fr.sillon.domain.framework;

import fr.sillon.domain.DomainException;
import java.io.Serializable;

/**
 * A validation policy as a coordinator sets it for a framework of their structure: how many observations at or above
 * the acquired level, on how many distinct days (never more days than observations), and whether the latest
 * observation must be at or above that level.
 */
public record PolicyDraft(int minObservations, int minDistinctDays, boolean latestAtOrAbove) implements Serializable {
    public static final int MAX_OBSERVATIONS = 20;

    public PolicyDraft validated() {
        if (minObservations < 1 || minObservations > MAX_OBSERVATIONS) {
            throw new DomainException("framework.policy.observations", MAX_OBSERVATIONS);
        }
        if (minDistinctDays < 1 || minDistinctDays > minObservations) {
            throw new DomainException("framework.policy.days");
        }
        return this;
    }

    public void applyTo(ValidationPolicy policy) {
        policy.setMinObservations(minObservations);
        policy.setMinDistinctDays(minDistinctDays);
        policy.setLatestAtOrAbove(latestAtOrAbove);
    }
}
