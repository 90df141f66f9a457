package fr.sillon.web.setup;

import fr.sillon.ejb.access.PlatformSetup;
import fr.sillon.web.infra.Ui;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The one-time set-up page: creates the platform administrator with the token printed in the server log. */
@Named
@ViewScoped
public class SetupBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PlatformSetup setup;
    private String token;
    private String login;
    private String displayName;
    private String password;
    private String confirmation;

    /** A wrong token gets a 404 (the page does not reveal that set-up is open). */
    public void check() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!fc.isPostback() && !setup.acceptsToken(token)) {
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public String create() {
        Long id = Ui.attempt(() -> setup.createFirstAdmin(token, login, displayName, password, confirmation));
        if (id == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Ui.info("setup.created", login.trim().toLowerCase(java.util.Locale.ROOT));
        return "/login?faces-redirect=true";
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
