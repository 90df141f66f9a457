package fr.sillon.domain.access;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;

/** A partner agency whose referents follow pathways (France Travail, Mission Locale, PLIE…). */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NotBlank
    @Column(nullable = false, length = 200, unique = true)
    private String name;
    /** Kind of prescriber (FT, ML, PLIE, DEPT, SPIP, CAP_EMPLOI…). */
    @NotBlank
    @Column(nullable = false, length = 40)
    private String kind;
    /** ASP orienteur/prescripteur code (fiche salarié of the ASP). */
    @Column(name = "asp_code", length = 2)
    private String aspCode;
    @Column(length = 120)
    private String city;
    @Column(nullable = false)
    private boolean active = true;
    @Version
    private int version;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, String kind, String aspCode) {
        this.name = name;
        this.kind = kind;
        this.aspCode = aspCode;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getAspCode() { return aspCode; }
    public String getCity() { return city; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }

    /** Applies a validated draft (platform administration). */
    public void apply(PartnerDraft d) {
        name = d.name();
        kind = d.kind().name();
        city = d.city();
    }
}
