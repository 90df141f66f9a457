package fr.sillon.ejb.access;

import fr.sillon.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The authenticated caller of the current request, looked up once. Services inject this. */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityContext securityContext;
    @PersistenceContext
    EntityManager em;

    private Caller caller;

    /**
     * The caller already read by the authentication of this request (an API token: the account comes with the token's
     * lookup), so that the request does not read it a second time.
     */
    void recognised(Caller known) {
        caller = known;
    }

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
}
