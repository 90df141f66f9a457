package fr.sillon.web.security;

import fr.sillon.domain.access.Role;
import fr.sillon.ejb.access.AccountService;
import fr.sillon.ejb.access.AuditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.access.SillonAuthenticationMechanism;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Backing bean of the login page; after login each role lands on its own space, or back on the page it was sent from. */
@Named
@RequestScoped
public class LoginBean {
    @Inject
    SecurityContext securityContext;
    @Inject
    FacesContext facesContext;
    @Inject
    AccountService accounts;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    fr.sillon.ejb.access.LoginNotes notes;

    @NotBlank
    private String login;
    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext ec = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.changeSessionId(); // no session fixation
        String typed = login.trim();
        if (typed.length() > AccountService.MAX_LOGIN_LENGTH) {
            typed = typed.substring(0, AccountService.MAX_LOGIN_LENGTH + 1); // still unknown, never a 500
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(typed, password)));
        if (notes.isSecondFactorPending()) { // the password was right: now the code of the application
            ec.redirect(ec.getRequestContextPath() + SillonAuthenticationMechanism.TOTP_PAGE);
            facesContext.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            String next = SillonAuthenticationMechanism.safeNext(ec.getRequestParameterMap().get("next"));
            ec.redirect(ec.getRequestContextPath() + (next != null ? next : homeOf(typed)));
            facesContext.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            String text;
            if (notes.getThrottledFor() != null) {
                ec.setResponseStatus(429);
                ((HttpServletResponse) ec.getResponse()).setHeader("Retry-After",
                        String.valueOf(Math.max(1, notes.getThrottledFor().toSeconds())));
                text = fr.sillon.web.infra.Ui.text("login.throttled", Math.max(1, (notes.getThrottledFor().toSeconds() + 59) / 60));
            } else if (notes.isProvisionalExpired()) {
                text = fr.sillon.web.infra.Ui.text("login.provisionalExpired");
            } else {
                text = facesContext.getApplication().getResourceBundle(facesContext, "msg").getString("login.failed");
            }
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    /** Sends an already authenticated visitor of the login page or of {@code /} to their space. */
    public void redirectIfLoggedIn() throws IOException {
        Optional<Caller> caller = currentCaller.find();
        if (caller.isPresent()) {
            ExternalContext ec = facesContext.getExternalContext();
            ec.redirect(ec.getRequestContextPath() + caller.get().role().homePath() + "/index.xhtml");
        }
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext ec = facesContext.getExternalContext();
        currentCaller.find().ifPresent(c -> audit.ok(c, "LOGOUT", "UserAccount", c.userId(), "déconnexion"));
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + SillonAuthenticationMechanism.LOGIN_PAGE + "?logout=true");
    }

    private String homeOf(String login) {
        return accounts.roleOf(login).map(Role::homePath).orElse("") + "/index.xhtml";
    }

    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
