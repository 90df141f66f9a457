package fr.sillon.web.spaces;

import fr.sillon.domain.access.Role;
import fr.sillon.ejb.access.AccountAdminService;
import fr.sillon.ejb.access.AccountAdminService.AccountRow;
import fr.sillon.ejb.access.AccountAdminService.IssuedPassword;
import fr.sillon.ejb.access.AccountAdminService.NewAccount;
import fr.sillon.web.infra.Ui;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Coordinator's « Comptes de la structure »: create, disable / enable, reset a password (shown once). */
@Named
@ViewScoped
public class AccountsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdminService service;
    private List<AccountRow> rows;
    private String login;
    private String displayName;
    private String email;
    private Role role = Role.PARTICIPANT;
    private IssuedPassword issued;

    @PostConstruct
    void init() {
        rows = service.accounts();
    }

    public void create() {
        IssuedPassword created = Ui.attempt(() -> service.create(new NewAccount(login, displayName, email, role)));
        if (created != null) {
            issued = created;
            login = null;
            displayName = null;
            email = null;
            Ui.info("spaces.accounts.created", created.login());
            init();
        }
    }

    public void toggle(AccountRow row) {
        if (Ui.attempt(() -> service.setEnabled(row.id(), !row.enabled()))) {
            Ui.info(row.enabled() ? "spaces.accounts.disabled" : "spaces.accounts.enabled", row.login());
            init();
        }
    }

    public void reset(AccountRow row) {
        IssuedPassword done = Ui.attempt(() -> service.resetPassword(row.id()));
        if (done != null) {
            issued = done;
            Ui.info("spaces.accounts.reset", row.login());
            init();
        }
    }

    public List<Role> getRoles() {
        return List.of(Role.PARTICIPANT, Role.SUPERVISOR, Role.COORDINATOR);
    }

    public List<AccountRow> getRows() { return rows; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public IssuedPassword getIssued() { return issued; }
}
