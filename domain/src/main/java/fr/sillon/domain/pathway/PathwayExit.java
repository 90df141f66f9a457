package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDate;

/** The exit of a pathway: ASP motive and the DREETS category computed from it (stored for reporting). */
@Entity
@Table(name = "pathway_exit")
public class PathwayExit {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false, unique = true)
    private Pathway pathway;
    @Column(name = "exit_date", nullable = false)
    private LocalDate exitDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ExitMotive motive;
    @Column(name = "asp_code", nullable = false, length = 3)
    private String aspCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExitCategory category;
    @Column(length = 1000)
    private String comment;
    /** False for a stay shorter than the minimum the ASP counts (see {@link ExitRules}): shown apart, not in rates. */
    @Column(name = "counted_in_rates", nullable = false)
    private boolean countedInRates = true;
    @Column(name = "recorded_by", length = 100)
    private String recordedBy;
    @Version
    private int version;

    protected PathwayExit() {
    }

    public PathwayExit(Pathway pathway, LocalDate exitDate, ExitMotive motive, String comment, String recordedBy) {
        if (exitDate.isBefore(pathway.getEntryDate())) {
            throw new DomainException("pathway.exit.beforeEntry");
        }
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.exitDate = exitDate;
        this.motive = motive;
        this.aspCode = motive.aspCode();
        this.category = motive.category();
        this.comment = comment;
        this.recordedBy = recordedBy;
    }

    public void setCountedInRates(boolean countedInRates) { this.countedInRates = countedInRates; }
    public boolean isCountedInRates() { return countedInRates; }
    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public LocalDate getExitDate() { return exitDate; }
    public ExitMotive getMotive() { return motive; }
    public String getAspCode() { return aspCode; }
    public ExitCategory getCategory() { return category; }
    public String getComment() { return comment; }
    public String getRecordedBy() { return recordedBy; }
    public int getVersion() { return version; }
}
