package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** A training of the pathway: SST (expiry computed), CléA evaluation (result by domain) or any other. */
@Entity
@Table(name = "training")
public class Training {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingKind kind;
    @Column(length = 200)
    private String title;
    @Column(length = 200)
    private String organisation;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(precision = 6, scale = 2)
    private BigDecimal hours;
    @Column(name = "certificate_date")
    private LocalDate certificateDate;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "certificate_ref", length = 100)
    private String certificateRef;
    @Version
    private int version;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_clea_result", joinColumns = @JoinColumn(name = "training_id"))
    @MapKeyColumn(name = "domain_number")
    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 12)
    private Map<Integer, CleaResult> cleaResults = new HashMap<>();

    protected Training() {
    }

    /**
     * A training. SST trainings get their regulatory hours when none is given, and their expiry computed from the
     * certificate date; other trainings need a title.
     */
    public Training(Pathway pathway, TrainingKind kind, String title, LocalDate startDate, LocalDate endDate,
                    BigDecimal hours, LocalDate certificateDate) {
        if (kind == TrainingKind.OTHER && (title == null || title.isBlank())) {
            throw new DomainException("pathway.training.titleRequired");
        }
        if (certificateDate != null && startDate != null && certificateDate.isBefore(startDate)) {
            throw new DomainException("pathway.training.certificateBeforeStart");
        }
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.kind = kind;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.hours = hours != null ? hours : kind.standardHours();
        this.certificateDate = certificateDate;
        this.expiresOn = kind.expiry(certificateDate);
    }

    /** Records the CléA result of domain 1 to 7. */
    public void setCleaResults(Map<Integer, CleaResult> results) {
        if (!kind.isClea() && results != null && !results.isEmpty()) {
            throw new DomainException("pathway.training.cleaResultsOnlyForClea");
        }
        cleaResults.clear();
        if (results != null) {
            results.forEach((domain, result) -> {
                if (domain < 1 || domain > 7) {
                    throw new IllegalArgumentException("Domaine CléA " + domain);
                }
                cleaResults.put(domain, result);
            });
        }
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public TrainingKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public BigDecimal getHours() { return hours; }
    public LocalDate getCertificateDate() { return certificateDate; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getCertificateRef() { return certificateRef; }
    public void setCertificateRef(String certificateRef) { this.certificateRef = certificateRef; }
    public int getVersion() { return version; }
    public Map<Integer, CleaResult> getCleaResults() {
        Map<Integer, CleaResult> copy = new java.util.TreeMap<>(cleaResults);
        return copy;
    }
}
