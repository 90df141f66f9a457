package fr.sillon.domain.funding;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The situation of a person about 6 months after the exit of a pathway, as recorded by the coordinator. */
@Entity
@Table(name = "funding_after_exit")
public class AfterExitFollowUp {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "pathway_id", nullable = false, updatable = false, unique = true)
    private Long pathwayId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AfterExitSituation situation;
    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Version
    private int version;

    protected AfterExitFollowUp() {
    }

    public AfterExitFollowUp(long structureId, long pathwayId) {
        this.structureId = structureId;
        this.pathwayId = pathwayId;
    }

    /** Records the situation: a situation and a contact date after the exit and not in the future. */
    public void record(AfterExitSituation situation, LocalDate contactedOn, LocalDate exitDate, LocalDate today,
                       String by) {
        if (situation == null || contactedOn == null) {
            throw new DomainException("funding.afterExit.required");
        }
        if (contactedOn.isBefore(exitDate) || contactedOn.isAfter(today)) {
            throw new DomainException("funding.afterExit.date");
        }
        this.situation = situation;
        this.contactedOn = contactedOn;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public Long getPathwayId() { return pathwayId; }
    public AfterExitSituation getSituation() { return situation; }
    public LocalDate getContactedOn() { return contactedOn; }
}
