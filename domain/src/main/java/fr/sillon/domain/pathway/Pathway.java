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
    /** A prescriber decided that this stay starts a new parcours although the previous one ended less than 2 years ago. */
    @Column(name = "new_parcours_prescriber", length = 200)
    private String newParcoursPrescriber;
    @Column(name = "new_parcours_decided_on")
    private LocalDate newParcoursDecidedOn;
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

    /**
     * Records the prescriber's decision to start a new parcours with this stay (R5132-1-4): both the prescriber and the
     * date are required.
     */
    public void decideNewParcours(String prescriber, LocalDate decidedOn) {
        if (prescriber == null || prescriber.isBlank() || decidedOn == null) {
            throw new DomainException("pathway.parcours.decisionRequired");
        }
        this.newParcoursPrescriber = prescriber.trim();
        this.newParcoursDecidedOn = decidedOn;
    }

    public boolean isNewParcoursDecided() { return newParcoursDecidedOn != null; }
    public String getNewParcoursPrescriber() { return newParcoursPrescriber; }
    public LocalDate getNewParcoursDecidedOn() { return newParcoursDecidedOn; }
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
