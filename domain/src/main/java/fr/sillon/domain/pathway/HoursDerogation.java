package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** The préfet's derogation to the 20-hour minimum for a person (D5132-43-5), checked by {@link HoursDerogationRules}. */
@Entity
@Table(name = "hours_derogation")
public class HoursDerogation {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @Column(nullable = false, length = 100)
    private String reference;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(name = "prolonged_until")
    private LocalDate prolongedUntil;
    @Column(name = "bilan_on")
    private LocalDate bilanOn;
    @Column(length = 4000)
    private String bilan;
    @Column(name = "actions_to_finish", length = 2000)
    private String actionsToFinish;
    @Version
    private int version;

    protected HoursDerogation() {
    }

    public HoursDerogation(Pathway pathway, String reference, LocalDate startDate, LocalDate endDate) {
        HoursDerogationRules.checkNew(reference, startDate, endDate);
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.reference = reference.trim();
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public void prolong(LocalDate until, LocalDate bilanOn, String bilan, String actionsToFinish) {
        HoursDerogationRules.checkProlongation(toPeriod(), until, bilanOn, bilan, actionsToFinish);
        this.prolongedUntil = until;
        this.bilanOn = bilanOn;
        this.bilan = bilan.trim();
        this.actionsToFinish = actionsToFinish.trim();
    }

    public HoursDerogationRules.Period toPeriod() {
        return new HoursDerogationRules.Period(reference, startDate, endDate, prolongedUntil);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public String getReference() { return reference; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public LocalDate getProlongedUntil() { return prolongedUntil; }
    public LocalDate getBilanOn() { return bilanOn; }
    public String getBilan() { return bilan; }
    public String getActionsToFinish() { return actionsToFinish; }
    public int getVersion() { return version; }
}
