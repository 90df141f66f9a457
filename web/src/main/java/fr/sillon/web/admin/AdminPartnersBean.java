package fr.sillon.web.admin;

import fr.sillon.domain.access.PartnerDraft;
import fr.sillon.domain.access.PartnerKind;
import fr.sillon.ejb.access.PlatformAdminService;
import fr.sillon.ejb.access.PlatformAdminService.PartnerRow;
import fr.sillon.web.infra.Ui;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Organisations partenaires » of the platform administration: paged list, create, edit, deactivate. */
@Named
@ViewScoped
public class AdminPartnersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PlatformAdminService service;
    private final PagedModel<PartnerRow> rows = new PagedModel<>((first, max) -> service.partners(first, max),
            r -> String.valueOf(r.id()));
    private Long editedId;
    private int editedVersion;
    private PartnerKind kind = PartnerKind.FT;
    private String name;
    private String city;

    public void save() {
        PartnerDraft draft = new PartnerDraft(kind, name, city);
        if (editedId == null) {
            if (Ui.attempt(() -> service.createPartner(draft)) != null) {
                Ui.info("admin.partners.created", name.strip());
                clear();
            }
        } else if (Ui.attempt(() -> service.updatePartner(editedId, editedVersion, draft))) {
            Ui.info("admin.partners.updated", name.strip());
            clear();
        }
    }

    public void edit(PartnerRow row) {
        editedId = row.id();
        editedVersion = row.version();
        kind = row.kind();
        name = row.name();
        city = row.city();
    }

    public void clear() {
        editedId = null;
        kind = PartnerKind.FT;
        name = city = null;
    }

    public void toggle(PartnerRow row) {
        if (Ui.attempt(() -> service.setPartnerActive(row.id(), !row.active())) != null) {
            Ui.info(row.active() ? "admin.partners.disabled" : "admin.partners.enabled", row.name());
        }
    }

    public List<PartnerKind> getKinds() { return List.of(PartnerKind.values()); }
    public PagedModel<PartnerRow> getRows() { return rows; }
    public boolean isEditing() { return editedId != null; }
    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
}
