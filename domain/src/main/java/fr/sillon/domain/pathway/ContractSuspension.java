package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A suspension of a CDDI, checked by {@link SuspensionRules}. */
@Entity
@Table(name = "contract_suspension")
public class ContractSuspension {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;
    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuspensionReason reason;
    @Column(length = 500)
    private String note;
    @Column(name = "created_by", length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;

    protected ContractSuspension() {
    }

    public ContractSuspension(Contract contract, SuspensionRules.Suspension s, String note, String createdBy) {
        this.contract = contract;
        this.structureId = contract.getStructureId();
        this.participantId = contract.getPathway().getParticipant().getId();
        this.startDate = s.start();
        this.endDate = s.end();
        this.reason = s.reason();
        this.note = note;
        this.createdBy = createdBy;
    }

    public SuspensionRules.Suspension toSuspension() {
        return new SuspensionRules.Suspension(contract.getId(), startDate, endDate, reason);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Contract getContract() { return contract; }
    public Long getParticipantId() { return participantId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public SuspensionReason getReason() { return reason; }
    public String getNote() { return note; }
    public int getVersion() { return version; }
}
