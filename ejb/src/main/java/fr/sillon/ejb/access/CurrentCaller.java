package fr.sillon.ejb.access;

import fr.sillon.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** The authenticated caller of the current request, looked up once. Services inject this. */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityContext securityContext;
    @PersistenceContext
    EntityManager em;

    /**
     * Request attribute: the {@link Caller} read by the authentication of this request along with its API token
     * (issue 11: the request then reads the account once, not a second time here).
     */
    public static final String AUTHENTICATED = "fr.sillon.authenticatedCaller";

    @Inject
    Instance<HttpServletRequest> request;

    private Caller caller;

    /** The caller; refuses anonymous requests and unknown or disabled accounts. */
    public Caller get() {
        return find().orElseThrow(AccessDeniedException::new);
    }

    /** The caller, or empty for an anonymous request (WildFly names the anonymous identity "anonymous"). */
    public Optional<Caller> find() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        // cached per request, but keyed by the principal: a run-as inside the request changes the caller
        if (caller == null || !caller.login().equals(principal.getName())) {
            caller = authenticated(principal.getName());
        }
        if (caller == null) {
            caller = em.createQuery("""
                    select new fr.sillon.ejb.access.Caller(u.id, u.login, u.displayName, u.role,
                           s.id, p.id)
                    from UserAccount u left join u.structure s left join u.partnerOrganisation p
                    where u.login = :login and u.enabled = true""", Caller.class)
                    .setParameter("login", principal.getName())
                    .getResultStream().findFirst().orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    /** The caller the authentication mechanism read for this request, if it is still the principal; else null. */
    private Caller authenticated(String login) {
        try {
            if (request.isResolvable() && request.get().getAttribute(AUTHENTICATED) instanceof Caller known
                    && known.login().equals(login)) {
                return known;
            }
        } catch (RuntimeException e) {
            // not in a web request (timer, batch): the account is read below
        }
        return null;
    }
}
