package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A CDDI or one of its renewals. Checked by {@link CddiRules} before it is recorded. */
@Entity
@Table(name = "contract")
public class Contract {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContractKind kind;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;
    @Column(name = "weekly_hours", nullable = false, precision = 4, scale = 2)
    private BigDecimal weeklyHours;
    @Enumerated(EnumType.STRING)
    @Column(name = "exception_kind", nullable = false, length = 30)
    private ContractException exception = ContractException.NONE;
    @Column(name = "training_start")
    private LocalDate trainingStart;
    @Column(name = "training_end")
    private LocalDate trainingEnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "decider_kind", length = 12)
    private ProlongationDecision.Decider deciderKind;
    @Column(name = "decider_name", length = 200)
    private String deciderName;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decision_bilan", length = 4000)
    private String decisionBilan;
    @Column(name = "hours_derogation", nullable = false)
    private boolean hoursDerogation;
    @Column(name = "derogation_reference", length = 100)
    private String derogationReference;
    @Column(name = "created_by", length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;

    protected Contract() {
    }

    public Contract(Pathway pathway, CddiRules.Term term, String createdBy) {
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.kind = term.kind();
        this.startDate = term.start();
        this.plannedEnd = term.plannedEnd();
        this.weeklyHours = term.weeklyHours();
        this.exception = term.exception();
        this.trainingStart = term.trainingStart();
        this.trainingEnd = term.trainingEnd();
        if (term.decision() != null) {
            this.deciderKind = term.decision().decider();
            this.deciderName = term.decision().deciderName();
            this.decidedOn = term.decision().decidedOn();
            this.decisionBilan = term.decision().bilan();
        }
        this.hoursDerogation = term.hoursDerogation();
        this.derogationReference = term.derogationReference();
        this.createdBy = createdBy;
    }

    public CddiRules.Term toTerm() {
        return new CddiRules.Term(kind, startDate, plannedEnd, weeklyHours, exception, trainingStart, trainingEnd,
                hoursDerogation, derogationReference, getDecision());
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public ContractKind getKind() { return kind; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public BigDecimal getWeeklyHours() { return weeklyHours; }
    public ContractException getException() { return exception; }
    public LocalDate getTrainingStart() { return trainingStart; }
    public LocalDate getTrainingEnd() { return trainingEnd; }
    /** Who decided the prolongation beyond 24 months, when, on what bilan; null when none recorded. */
    public ProlongationDecision getDecision() {
        return deciderKind == null ? null : new ProlongationDecision(deciderKind, deciderName, decidedOn, decisionBilan);
    }
    public boolean isHoursDerogation() { return hoursDerogation; }
    public String getDerogationReference() { return derogationReference; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
