package fr.sillon.domain.activity;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place of production of a structure: garden, plot, greenhouse, landscaping site. */
@Entity
@Table(name = "site")
public class Site {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @NotBlank @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteKind kind;
    @Size(max = 300) @Column(length = 300)
    private String address;
    @Column(nullable = false)
    private boolean active = true;
    @Version
    private int version;

    protected Site() {
    }

    public Site(long structureId, String name, SiteKind kind) {
        this.structureId = structureId;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SiteKind getKind() { return kind; }
    public void setKind(SiteKind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
}
