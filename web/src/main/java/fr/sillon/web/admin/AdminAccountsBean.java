package fr.sillon.web.admin;

import fr.sillon.domain.access.Role;
import fr.sillon.ejb.access.AccountAdminService.IssuedPassword;
import fr.sillon.ejb.access.PlatformAdminService;
import fr.sillon.ejb.access.PlatformAdminService.Choice;
import fr.sillon.ejb.access.PlatformAdminService.NewStaffAccount;
import fr.sillon.ejb.access.PlatformAdminService.StaffRow;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Comptes » of the platform administration: coordinators of structures and referents of partner organisations. */
@Named
@ViewScoped
public class AdminAccountsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PlatformAdminService service;
    private final PagedModel<StaffRow> rows = new PagedModel<>((first, max) -> service.staffAccounts(first, max),
            r -> String.valueOf(r.id()));
    private List<Choice> structures;
    private List<Choice> partners;
    private Role role = Role.COORDINATOR;
    private String login;
    private String displayName;
    private String email;
    private Long structureId;
    private Long partnerId;
    private IssuedPassword issued;

    @PostConstruct
    void init() {
        structures = service.structureChoices();
        partners = service.partnerChoices();
    }

    public void create() {
        IssuedPassword created = Ui.attempt(() -> service.createAccount(new NewStaffAccount(login, displayName, email, role,
                role == Role.COORDINATOR ? structureId : null, role == Role.REFERENT ? partnerId : null)));
        if (created != null) {
            issued = created;
            login = displayName = email = null;
            Ui.info("spaces.accounts.created", created.login());
        }
    }

    public void toggle(StaffRow row) {
        if (Ui.attempt(() -> service.setAccountEnabled(row.id(), !row.enabled()))) {
            Ui.info(row.enabled() ? "spaces.accounts.disabled" : "spaces.accounts.enabled", row.login());
        }
    }

    public void reset(StaffRow row) {
        IssuedPassword done = Ui.attempt(() -> service.resetPassword(row.id()));
        if (done != null) {
            issued = done;
            Ui.info("spaces.accounts.reset", row.login());
        }
    }

    public List<Role> getRoles() { return List.of(Role.COORDINATOR, Role.REFERENT); }
    public PagedModel<StaffRow> getRows() { return rows; }
    public List<Choice> getStructures() { return structures; }
    public List<Choice> getPartners() { return partners; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getStructureId() { return structureId; }
    public void setStructureId(Long structureId) { this.structureId = structureId; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public IssuedPassword getIssued() { return issued; }
}
