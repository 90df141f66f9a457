package fr.sillon.web.admin;

import fr.sillon.domain.access.StructureDraft;
import fr.sillon.domain.access.StructureKind;
import fr.sillon.ejb.access.PlatformAdminService;
import fr.sillon.ejb.access.PlatformAdminService.StructureDetail;
import fr.sillon.ejb.access.PlatformAdminService.StructureRow;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** « Structures » of the platform administration: paged list, create, edit, close / reopen. */
@Named
@ViewScoped
public class AdminStructuresBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PlatformAdminService service;
    private final PagedModel<StructureRow> rows = new PagedModel<>((first, max) -> service.structures(first, max),
            r -> String.valueOf(r.id()));
    private Long editedId;
    private int editedVersion;
    private String name;
    private String siret;
    private StructureKind kind = StructureKind.ACI;
    private String address;
    private String city;
    private String annexeFinanciere;
    private BigDecimal capacity;

    public void save() {
        StructureDraft draft = new StructureDraft(name, siret, kind, address, city, annexeFinanciere, capacity);
        if (editedId == null) {
            Long id = Ui.attempt(() -> service.createStructure(draft));
            if (id != null) {
                Ui.info("admin.structures.created", name.strip());
                clear();
            }
        } else if (Ui.attempt(() -> service.updateStructure(editedId, editedVersion, draft))) {
            Ui.info("admin.structures.updated", name.strip());
            clear();
        }
    }

    public void edit(StructureRow row) {
        StructureDetail d = service.structure(row.id());
        editedId = d.id();
        editedVersion = d.version();
        name = d.draft().name();
        siret = d.draft().siret();
        kind = d.draft().kind() == null ? StructureKind.ACI : d.draft().kind();
        address = d.draft().address();
        city = d.draft().city();
        annexeFinanciere = d.draft().annexeFinanciere();
        capacity = d.draft().agreedCapacityEtp();
    }

    public void clear() {
        editedId = null;
        name = siret = address = city = annexeFinanciere = null;
        kind = StructureKind.ACI;
        capacity = null;
    }

    public void toggle(StructureRow row) {
        Integer disabled = Ui.attempt(() -> service.setStructureClosed(row.id(), row.active()));
        if (disabled != null) {
            if (row.active()) {
                Ui.info("admin.structures.closed", row.name(), disabled);
            } else {
                Ui.info("admin.structures.reopened", row.name());
            }
        }
    }

    public List<StructureKind> getKinds() { return List.of(StructureKind.values()); }
    public PagedModel<StructureRow> getRows() { return rows; }
    public boolean isEditing() { return editedId != null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public StructureKind getKind() { return kind; }
    public void setKind(StructureKind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getAnnexeFinanciere() { return annexeFinanciere; }
    public void setAnnexeFinanciere(String annexeFinanciere) { this.annexeFinanciere = annexeFinanciere; }
    public BigDecimal getCapacity() { return capacity; }
    public void setCapacity(BigDecimal capacity) { this.capacity = capacity; }
}
