package fr.sillon.web.security;

import fr.sillon.domain.access.Role;
import fr.sillon.ejb.access.AccountService;
import fr.sillon.ejb.access.LoginThrottle;
import fr.sillon.ejb.access.SillonAuthenticationMechanism;
import fr.sillon.ejb.access.TotpService;
import fr.sillon.web.infra.Ui;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/** The second step of a sign-in (/totp.xhtml): the code of the authenticator application, or a recovery code. */
@Named
@RequestScoped
public class TotpLoginBean {
    @Inject
    TotpService totp;
    @Inject
    AccountService accounts;
    @Inject
    LoginThrottle throttle;
    @Inject
    FacesContext facesContext;

    private String code;

    /** Whether someone is between their right password and the code (for 5 minutes at most). */
    public boolean isPending() {
        return pending().isPresent();
    }

    public void submit() throws IOException {
        ExternalContext ec = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        Optional<String> login = pending();
        if (login.isEmpty()) {
            ec.redirect(ec.getRequestContextPath() + SillonAuthenticationMechanism.LOGIN_PAGE);
            facesContext.responseComplete();
            return;
        }
        Optional<java.time.Duration> wait = throttle.waitFor(request.getRemoteAddr());
        if (wait.isPresent()) {
            ec.setResponseStatus(429);
            Ui.error(Ui.text("login.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60)));
            return;
        }
        TotpService.Check result = totp.checkSecondFactor(login.get(), code);
        if (result == TotpService.Check.WRONG) { // counted on the account (five lock it), as wrong passwords
            Ui.error(Ui.text("totp.login.wrong"));
            return;
        }
        SillonAuthenticationMechanism.completeSecondFactor(request);
        if (result == TotpService.Check.OK_RECOVERY_CODE) {
            ec.getFlash().setKeepMessages(true);
            Ui.info("totp.login.recoveryUsed");
        }
        ec.redirect(ec.getRequestContextPath() + accounts.roleOf(login.get()).map(Role::homePath).orElse("")
                + "/index.xhtml");
        facesContext.responseComplete();
    }

    private Optional<String> pending() {
        return SillonAuthenticationMechanism.pendingLogin((HttpServletRequest) facesContext.getExternalContext().getRequest());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
