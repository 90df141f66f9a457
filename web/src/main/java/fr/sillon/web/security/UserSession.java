package fr.sillon.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;

/** What the layout shows about the logged-in person (name, role, links of their space). */
@Named
@RequestScoped
public class UserSession {
    @Inject
    SecurityContext securityContext;
    @Inject
    CurrentCaller currentCaller;

    public boolean isLoggedIn() {
        return currentCaller.find().isPresent();
    }

    public Caller getCaller() {
        return currentCaller.find().orElse(null);
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public String getHome() {
        Caller caller = getCaller();
        return caller == null ? "/login.xhtml" : caller.role().homePath() + "/index.xhtml";
    }
}
