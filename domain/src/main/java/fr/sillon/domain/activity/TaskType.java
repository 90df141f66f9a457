package fr.sillon.domain.activity;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A kind of production task of the catalogue (semis en mottes, récolte, tonte…) and the criteria of the
 * frameworks a supervisor can see exercised in it. {@code structureId == null}: shipped with Sillon, read-only.
 */
@Entity
@Table(name = "task_type")
public class TaskType {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", updatable = false)
    private Long structureId;
    @Size(max = 40) @Column(length = 40, unique = true, updatable = false)
    private String code;
    @NotBlank @Size(max = 150)
    @Column(nullable = false, length = 150)
    private String name;
    @Size(max = 1000) @Column(length = 1000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "site_kind", length = 20)
    private SiteKind siteKind;
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Season season = Season.ALL_YEAR;
    @Column(nullable = false)
    private boolean active = true;
    @Version
    private int version;
    /** competency ids (framework context) of the criteria exercised. */
    @ElementCollection
    @CollectionTable(name = "task_type_criterion", joinColumns = @JoinColumn(name = "task_type_id"))
    @Column(name = "competency_id", nullable = false)
    private Set<Long> criterionIds = new LinkedHashSet<>();

    protected TaskType() {
    }

    /** A task type of a structure's own catalogue. */
    public TaskType(long structureId, String name, SiteKind siteKind, Season season) {
        this.structureId = structureId;
        this.name = name;
        this.siteKind = siteKind;
        this.season = season == null ? Season.ALL_YEAR : season;
    }

    /** True for the catalogue shipped with Sillon. */
    public boolean isShipped() {
        return structureId == null;
    }

    /** A structure may only change its own task types; the shipped catalogue is read-only. */
    public void checkEditableBy(long structure) {
        if (isShipped() || structureId != structure) {
            throw new DomainException("activity.taskType.readOnly", name);
        }
    }

    public void replaceCriteria(Collection<Long> competencyIds) {
        criterionIds.clear();
        criterionIds.addAll(competencyIds);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public SiteKind getSiteKind() { return siteKind; }
    public void setSiteKind(SiteKind siteKind) { this.siteKind = siteKind; }
    public Season getSeason() { return season; }
    public void setSeason(Season season) { this.season = season == null ? Season.ALL_YEAR : season; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public Set<Long> getCriterionIds() { return Set.copyOf(criterionIds); }
}
