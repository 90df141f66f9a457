package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A « frein périphérique ». Health, disability and justice barriers are sensitive: details for coordinators only. */
@Entity
@Table(name = "barrier")
public class Barrier {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BarrierCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BarrierStatus status = BarrierStatus.IDENTIFIE;
    @Column(name = "is_sensitive", nullable = false)
    private boolean sensitive;
    @Column(length = 2000)
    private String detail;
    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;
    @Column(name = "lifted_on")
    private LocalDate liftedOn;
    @Version
    private int version;
    @OneToMany(mappedBy = "barrier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BarrierAction> actions = new ArrayList<>();

    protected Barrier() {
    }

    public Barrier(Pathway pathway, BarrierCategory category, LocalDate identifiedOn, String detail) {
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.category = category;
        this.sensitive = category.isSensitive();
        this.identifiedOn = identifiedOn;
        this.detail = detail;
    }

    /** Changes the status; a lifted barrier records the day it was lifted. */
    public void changeStatus(BarrierStatus newStatus, LocalDate on) {
        this.status = newStatus;
        this.liftedOn = newStatus == BarrierStatus.LEVE ? on : null;
    }

    /** Adds an agreed action (label trimmed); a blank label adds nothing (null returned). */
    public BarrierAction addAction(String label, LocalDate dueDate) {
        return AgreedAction.add(actions, label, dueDate, (l, d) -> new BarrierAction(this, l, d));
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public BarrierCategory getCategory() { return category; }
    public BarrierStatus getStatus() { return status; }
    public boolean isSensitive() { return sensitive; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public LocalDate getIdentifiedOn() { return identifiedOn; }
    public LocalDate getLiftedOn() { return liftedOn; }
    public int getVersion() { return version; }
    public List<BarrierAction> getActions() { return actions; }
}
