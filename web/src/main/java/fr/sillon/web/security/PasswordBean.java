package fr.sillon.web.security;

import fr.sillon.ejb.access.AccountService;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.access.PasswordService;
import fr.sillon.ejb.access.SillonAuthenticationMechanism;
import fr.sillon.web.infra.Ui;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** « Mon mot de passe » (/account/password.xhtml): everyone changes their own; a provisional one must be changed first. */
@Named
@RequestScoped
public class PasswordBean {
    @Inject
    PasswordService passwords;
    @Inject
    AccountService accounts;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    FacesContext facesContext;

    private String current;
    private String next;
    private String confirmation;
    private Boolean mustChange;

    public boolean isMustChange() {
        if (mustChange == null) {
            mustChange = passwords.mustChange();
        }
        return mustChange;
    }

    public void change() throws IOException {
        PasswordService.Change done = Ui.attempt(() -> passwords.changeOwn(current, next, confirmation));
        if (done == null) {
            return;
        }
        if (!done.done()) {
            Ui.error(fr.sillon.domain.DomainException.format("access.password.currentWrong"));
            facesContext.validationFailed();
            return;
        }
        ExternalContext ec = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String login = currentCaller.get().login();
        accounts.sessionState(login).ifPresent(s -> SillonAuthenticationMechanism.passwordChanged(request, s));
        ec.getFlash().setKeepMessages(true);
        Ui.info(done.devicesSignedOut() == 0 ? "account.password.changed" : "account.password.changedDevices",
                done.devicesSignedOut());
        ec.redirect(ec.getRequestContextPath() + currentCaller.get().role().homePath() + "/index.xhtml");
        facesContext.responseComplete();
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
