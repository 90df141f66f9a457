package fr.sillon.domain.activity;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A task done on a day, on a site, by participants under a supervisor: the context of observations. */
@Entity
@Table(name = "task_record")
public class TaskRecord {
    /** A working day at most (12 h). */
    public static final int MAX_DURATION_MINUTES = 720;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "performed_on", nullable = false)
    private LocalDate performedOn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_type_id", nullable = false)
    private TaskType taskType;
    @Column(name = "team_id")
    private Long teamId;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(name = "supervisor_id", nullable = false)
    private Long supervisorId;
    @Size(max = 500) @Column(length = 500)
    private String note;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;
    /** The UUID the field app gave the record offline (null for records made on the pages): sent twice, found once. */
    @Column(name = "client_uuid", length = 36, columnDefinition = "char(36)", updatable = false)
    private String clientUuid;
    @Version
    private int version;
    @ElementCollection
    @CollectionTable(name = "task_record_participant", joinColumns = @JoinColumn(name = "task_record_id"))
    @Column(name = "participant_id", nullable = false)
    private Set<Long> participantIds = new LinkedHashSet<>();

    protected TaskRecord() {
    }

    /**
     * Records a task. Rules: the day is not in the future, the duration is between 1 minute and a working day,
     * at least one participant was there, and site and task type are usable by the structure.
     */
    public TaskRecord(long structureId, LocalDate performedOn, LocalDate today, Site site, TaskType taskType,
                      int durationMinutes, long supervisorId, Collection<Long> participantIds, LocalDateTime now) {
        if (performedOn == null || performedOn.isAfter(today)) {
            throw new DomainException("activity.taskRecord.futureDay");
        }
        checkDuration(durationMinutes);
        if (participantIds == null || participantIds.isEmpty()) {
            throw new DomainException("activity.taskRecord.noParticipant");
        }
        if (!site.getStructureId().equals(structureId)) {
            throw new DomainException("activity.taskRecord.foreignSite");
        }
        if (!taskType.isShipped() && !taskType.getStructureId().equals(structureId)) {
            throw new DomainException("activity.taskRecord.foreignTaskType");
        }
        this.structureId = structureId;
        this.performedOn = performedOn;
        this.site = site;
        this.taskType = taskType;
        this.durationMinutes = durationMinutes;
        this.supervisorId = supervisorId;
        this.participantIds.addAll(participantIds);
        this.createdAt = now;
    }

    static void checkDuration(int minutes) {
        if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
            throw new DomainException("activity.taskRecord.duration", MAX_DURATION_MINUTES / 60);
        }
    }

    public boolean involves(long participantId) {
        return participantIds.contains(participantId);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public LocalDate getPerformedOn() { return performedOn; }
    public Site getSite() { return site; }
    public TaskType getTaskType() { return taskType; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public int getDurationMinutes() { return durationMinutes; }
    public Long getSupervisorId() { return supervisorId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getClientUuid() { return clientUuid; }
    /** Set once, when the record comes from a device (the UUID normalised to lower case). */
    public void setClientUuid(java.util.UUID uuid) { this.clientUuid = uuid == null ? null : uuid.toString(); }
    public int getVersion() { return version; }
    public Set<Long> getParticipantIds() { return Set.copyOf(participantIds); }
}
