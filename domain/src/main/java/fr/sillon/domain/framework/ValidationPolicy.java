package fr.sillon.domain.framework;

import jakarta.persistence.*;

/**
 * When observations of a criterion of a framework are enough to propose its validation
 * (the rule itself lives in the assessment context).
 */
@Entity
@Table(name = "validation_policy")
public class ValidationPolicy {
    @Id
    @Column(name = "framework_id")
    private Long frameworkId;
    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;
    @Column(name = "min_observations", nullable = false)
    private int minObservations = 3;
    @Column(name = "min_distinct_days", nullable = false)
    private int minDistinctDays = 2;
    @Column(name = "latest_at_or_above", nullable = false)
    private boolean latestAtOrAbove = true;
    @Version
    private int version;

    protected ValidationPolicy() {
    }

    /** The default policy of a framework: 3 observations on 2 distinct days, the latest at or above the acquired level. */
    public ValidationPolicy(Framework framework) {
        this.framework = framework;
    }

    public Long getFrameworkId() { return frameworkId; }
    public Framework getFramework() { return framework; }
    public int getMinObservations() { return minObservations; }
    public void setMinObservations(int minObservations) { this.minObservations = minObservations; }
    public int getMinDistinctDays() { return minDistinctDays; }
    public void setMinDistinctDays(int minDistinctDays) { this.minDistinctDays = minDistinctDays; }
    public boolean isLatestAtOrAbove() { return latestAtOrAbove; }
    public void setLatestAtOrAbove(boolean latestAtOrAbove) { this.latestAtOrAbove = latestAtOrAbove; }
    public int getVersion() { return version; }
}
