package fr.sillon.domain.pathway;

import fr.sillon.domain.access.UserAccount;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A partner referent (role REFERENT) assigned to a pathway, after the person's consent: the referent reads a summary
 * of this pathway (never the CIP's private notes; sensitive barriers never; other barriers only with
 * {@code barriersConsent}). Removing the assignment keeps the row (removedAt) as a trace.
 */
@Entity
@Table(name = "referent_assignment")
public class ReferentAssignment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referent_id", nullable = false, updatable = false)
    private UserAccount referent;
    @Column(name = "consent_recorded_on", nullable = false)
    private LocalDate consentRecordedOn;
    @Column(name = "barriers_consent", nullable = false)
    private boolean barriersConsent;
    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt = LocalDateTime.now();
    @Column(name = "removed_at")
    private LocalDateTime removedAt;
    @Version
    private int version;

    protected ReferentAssignment() {
    }

    public ReferentAssignment(Pathway pathway, UserAccount referent, LocalDate consentRecordedOn,
                              boolean barriersConsent, String assignedBy) {
        this.pathway = pathway;
        this.referent = referent;
        this.consentRecordedOn = consentRecordedOn;
        this.barriersConsent = barriersConsent;
        this.assignedBy = assignedBy;
    }

    public boolean isActive() {
        return removedAt == null;
    }

    public void remove(LocalDateTime at) {
        this.removedAt = at;
    }

    public Long getId() { return id; }
    public Pathway getPathway() { return pathway; }
    public UserAccount getReferent() { return referent; }
    public LocalDate getConsentRecordedOn() { return consentRecordedOn; }
    public boolean isBarriersConsent() { return barriersConsent; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDateTime getAssignedAt() { return assignedAt; }
    public LocalDateTime getRemovedAt() { return removedAt; }
    public int getVersion() { return version; }
}
