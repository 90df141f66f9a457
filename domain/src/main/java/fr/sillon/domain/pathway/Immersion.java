package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A PMSMP convention (or its renewal), checked by {@link PmsmpRules}. */
@Entity
@Table(name = "immersion")
public class Immersion {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @Column(name = "host_name", nullable = false, length = 200)
    private String hostName;
    @Column(name = "host_siret", length = 14)
    private String hostSiret;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImmersionObjective objective;
    @Column(name = "objective_detail", length = 500)
    private String objectiveDetail;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ImmersionOutcome outcome;
    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;
    @Column(name = "renewal_of_id", unique = true)
    private Long renewalOfId;
    @Version
    private int version;

    protected Immersion() {
    }

    public Immersion(Pathway pathway, String hostName, String hostSiret, LocalDate startDate, LocalDate endDate,
                     ImmersionObjective objective, Long renewalOfId) {
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.hostName = hostName;
        this.hostSiret = hostSiret == null || hostSiret.isBlank() ? null : hostSiret.replace(" ", "");
        this.startDate = startDate;
        this.endDate = endDate;
        this.objective = objective;
        this.renewalOfId = renewalOfId;
    }

    public PmsmpRules.Convention toConvention() {
        return new PmsmpRules.Convention(id, PmsmpRules.hostKey(hostName, hostSiret), startDate, endDate, objective,
                renewalOfId, objectiveDetail, outcome);
    }

    public void recordOutcome(ImmersionOutcome outcome, String note) {
        this.outcome = outcome;
        this.outcomeNote = note;
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public String getHostName() { return hostName; }
    public String getHostSiret() { return hostSiret; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public ImmersionObjective getObjective() { return objective; }
    public String getObjectiveDetail() { return objectiveDetail; }
    public void setObjectiveDetail(String objectiveDetail) { this.objectiveDetail = objectiveDetail; }
    public ImmersionOutcome getOutcome() { return outcome; }
    public String getOutcomeNote() { return outcomeNote; }
    public Long getRenewalOfId() { return renewalOfId; }
    public int getVersion() { return version; }
}
