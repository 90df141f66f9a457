package fr.sillon.domain.access;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A structure (SIAE, e.g. an ACI): the tenant all its data belongs to. */
@Entity
@Table(name = "structure")
public class Structure {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NotBlank @Size(max = 40)
    @Column(nullable = false, length = 40, unique = true)
    private String code;
    @NotBlank @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 10)
    private String kind = "ACI";
    @Size(max = 14) @Column(length = 14)
    private String siret;
    @Size(max = 300) @Column(length = 300)
    private String address;
    @Size(max = 120) @Column(length = 120)
    private String city;
    @Column(name = "signatory_name", length = 200)
    private String signatoryName;
    @Column(name = "signatory_role", length = 200)
    private String signatoryRole;
    @Column(name = "annexe_financiere", length = 40)
    private String annexeFinanciere;
    @Column(name = "agreed_capacity_etp", precision = 7, scale = 2)
    private java.math.BigDecimal agreedCapacityEtp;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;

    protected Structure() {
    }

    public Structure(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getSignatoryName() { return signatoryName; }
    public void setSignatoryName(String signatoryName) { this.signatoryName = signatoryName; }
    public String getSignatoryRole() { return signatoryRole; }
    public void setSignatoryRole(String signatoryRole) { this.signatoryRole = signatoryRole; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getAnnexeFinanciere() { return annexeFinanciere; }
    public void setAnnexeFinanciere(String annexeFinanciere) { this.annexeFinanciere = annexeFinanciere; }
    public java.math.BigDecimal getAgreedCapacityEtp() { return agreedCapacityEtp; }
    public void setAgreedCapacityEtp(java.math.BigDecimal agreedCapacityEtp) { this.agreedCapacityEtp = agreedCapacityEtp; }
    public LocalDateTime getClosedAt() { return closedAt; }

    /** Closes the structure (its accounts are disabled by the service) or reopens it. */
    public void setClosed(boolean closed, LocalDateTime now) {
        this.active = !closed;
        this.closedAt = closed ? now : null;
    }

    /** Applies a validated draft (platform administration). */
    public void apply(StructureDraft d) {
        name = d.name();
        siret = d.siret();
        kind = d.kind().name();
        address = d.address();
        city = d.city();
        annexeFinanciere = d.annexeFinanciere();
        agreedCapacityEtp = d.agreedCapacityEtp();
    }
    public int getVersion() { return version; }
}
