package fr.sillon.domain.assessment;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A signed decision on a criterion for a participant: validated or declined, by whom, when, with a note and
 * the observations it rests on. A validation can later be revoked (by a coordinator) with a reason.
 * At most one active (VALIDATED) row per participant and criterion: enforced by the schema.
 */
@Entity
@Table(name = "validation")
public class Validation {
    public static final int MAX_TEXT = 500;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;
    @Column(name = "competency_id", nullable = false, updatable = false)
    private Long competencyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ValidationStatus status;
    @Column(name = "decided_by", nullable = false, updatable = false)
    private Long decidedBy;
    @Column(name = "decided_at", nullable = false, updatable = false)
    private LocalDateTime decidedAt;
    @Column(length = MAX_TEXT, updatable = false)
    private String note;
    @Column(name = "revoked_by")
    private Long revokedBy;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoke_reason", length = MAX_TEXT)
    private String revokeReason;
    @Version
    private int version;
    @ElementCollection
    @CollectionTable(name = "validation_evidence", joinColumns = @JoinColumn(name = "validation_id"))
    @Column(name = "observation_id", nullable = false)
    private Set<Long> evidenceIds = new LinkedHashSet<>();

    protected Validation() {
    }

    /** A decision (VALIDATED or DECLINED). A validation must rest on evidence; a decline needs a note. */
    public Validation(long structureId, long participantId, long competencyId, ValidationStatus status,
                      long decidedBy, LocalDateTime decidedAt, String note, Collection<Long> evidenceIds) {
        if (status == null || status == ValidationStatus.REVOKED) {
            throw new IllegalArgumentException("A decision is VALIDATED or DECLINED");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > MAX_TEXT) {
            throw new DomainException("assessment.validation.textTooLong", MAX_TEXT);
        }
        if (status == ValidationStatus.VALIDATED && (evidenceIds == null || evidenceIds.isEmpty())) {
            throw new DomainException("assessment.validation.noEvidence");
        }
        if (status == ValidationStatus.DECLINED && n == null) {
            throw new DomainException("assessment.validation.declineNoteRequired");
        }
        this.structureId = structureId;
        this.participantId = participantId;
        this.competencyId = competencyId;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.note = n;
        if (evidenceIds != null) {
            this.evidenceIds.addAll(evidenceIds);
        }
    }

    /** Revokes an active validation; the reason is mandatory. */
    public void revoke(long by, LocalDateTime at, String reason) {
        if (status != ValidationStatus.VALIDATED) {
            throw new DomainException("assessment.validation.notActive");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("assessment.validation.revokeReasonRequired");
        }
        if (reason.strip().length() > MAX_TEXT) {
            throw new DomainException("assessment.validation.textTooLong", MAX_TEXT);
        }
        status = ValidationStatus.REVOKED;
        revokedBy = by;
        revokedAt = at;
        revokeReason = reason.strip();
    }

    public boolean isActive() {
        return status == ValidationStatus.VALIDATED;
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Long getParticipantId() { return participantId; }
    public Long getCompetencyId() { return competencyId; }
    public ValidationStatus getStatus() { return status; }
    public Long getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getNote() { return note; }
    public Long getRevokedBy() { return revokedBy; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public int getVersion() { return version; }
    public Set<Long> getEvidenceIds() { return Set.copyOf(evidenceIds); }
}
