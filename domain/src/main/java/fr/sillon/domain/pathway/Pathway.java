package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.UserAccount;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One stay of a participant in the structure, from entry to exit. */
@Entity
@Table(name = "pathway")
public class Pathway {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;
    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PathwayStatus status = PathwayStatus.ACTIVE;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private UserAccount supervisor;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_id")
    private UserAccount coordinator;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;

    protected Pathway() {
    }

    public Pathway(Participant participant, LocalDate entryDate) {
        this.participant = participant;
        this.structureId = participant.getStructureId();
        this.entryDate = entryDate;
    }

    /** Refuses any change to a pathway whose exit is recorded. */
    public void requireActive() {
        if (status != PathwayStatus.ACTIVE) {
            throw new DomainException("pathway.pathway.exited");
        }
    }

    public void markExited() {
        requireActive();
        status = PathwayStatus.EXITED;
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Participant getParticipant() { return participant; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
    public PathwayStatus getStatus() { return status; }
    public UserAccount getSupervisor() { return supervisor; }
    public void setSupervisor(UserAccount supervisor) { this.supervisor = supervisor; }
    public UserAccount getCoordinator() { return coordinator; }
    public void setCoordinator(UserAccount coordinator) { this.coordinator = coordinator; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
