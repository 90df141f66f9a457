package fr.sillon.domain.assessment;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A supervisor's observation of a participant on a criterion, at a level of the framework's scale.
 * Append-only evidence: no setter, no column updatable; a correction is a new observation that
 * {@linkplain #correct supersedes} this one, with a reason.
 */
@Entity
@Table(name = "observation")
public class Observation {
    public static final int MAX_NOTE = 500;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false, unique = true, length = 36, columnDefinition = "char(36)")
    private String uuid;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;
    @Column(name = "competency_id", nullable = false, updatable = false)
    private Long competencyId;
    @Column(name = "level_rank", nullable = false, updatable = false)
    private int levelRank;
    @Column(name = "observed_on", nullable = false, updatable = false)
    private LocalDate observedOn;
    @Column(name = "task_record_id", updatable = false)
    private Long taskRecordId;
    @Column(name = "observer_id", nullable = false, updatable = false)
    private Long observerId;
    @Column(length = MAX_NOTE, updatable = false)
    private String note;
    @Column(name = "supersedes_id", updatable = false, unique = true)
    private Long supersedesId;
    @Column(name = "correction_reason", length = 500, updatable = false)
    private String correctionReason;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Observation() {
    }

    /**
     * A new observation. The day cannot be in the future; the note is at most {@value #MAX_NOTE} characters;
     * the level must belong to the scale (checked by the caller, who knows the scale).
     */
    public Observation(UUID uuid, long structureId, long participantId, long competencyId, int levelRank,
                       LocalDate observedOn, Long taskRecordId, long observerId, String note,
                       LocalDate today, LocalDateTime now) {
        if (observedOn == null || observedOn.isAfter(today)) {
            throw new DomainException("assessment.observation.futureDay");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            throw new DomainException("assessment.observation.noteTooLong", MAX_NOTE);
        }
        this.uuid = (uuid == null ? UUID.randomUUID() : uuid).toString();
        this.structureId = structureId;
        this.participantId = participantId;
        this.competencyId = competencyId;
        this.levelRank = levelRank;
        this.observedOn = observedOn;
        this.taskRecordId = taskRecordId;
        this.observerId = observerId;
        this.note = trimmed;
        this.createdAt = now;
    }

    /**
     * The correction of this observation: same participant, criterion, day and task, new level and note,
     * and a mandatory reason. The caller must make sure this observation is not already superseded
     * (the schema also refuses a second correction of the same row).
     */
    public Observation correct(UUID uuid, int newLevelRank, String newNote, String reason, long observerId,
                               LocalDate today, LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("assessment.observation.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new DomainException("assessment.observation.noteTooLong", 500);
        }
        Observation c = new Observation(uuid, structureId, participantId, competencyId, newLevelRank, observedOn,
                taskRecordId, observerId, newNote, today, now);
        c.supersedesId = id;
        c.correctionReason = reason.strip();
        return c;
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public Long getStructureId() { return structureId; }
    public Long getParticipantId() { return participantId; }
    public Long getCompetencyId() { return competencyId; }
    public int getLevelRank() { return levelRank; }
    public LocalDate getObservedOn() { return observedOn; }
    public Long getTaskRecordId() { return taskRecordId; }
    public Long getObserverId() { return observerId; }
    public String getNote() { return note; }
    public Long getSupersedesId() { return supersedesId; }
    public String getCorrectionReason() { return correctionReason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
