package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.pathway.ExitMotive;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.domain.pathway.PathwayExit;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ExitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** The exit of a pathway: the ASP motive (its category is computed and stored), which closes the pathway. */
@Stateless
public class ExitService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    PathwayQueries queries;

    /** The exit of the pathway, or null while it is running. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public ExitView exit(long pathwayId) {
        return queries.exit(queries.pathway(currentCaller.get(), pathwayId, "EXIT_READ"));
    }

    /** Records the exit (ASP motive; the category is computed and stored) and closes the pathway. */
    @RolesAllowed(COORDINATOR)
    public void recordExit(long pathwayId, LocalDate exitDate, ExitMotive motive, String comment) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "EXIT_RECORD");
        pw.markExited();
        PathwayExit exit = new PathwayExit(pw, exitDate, motive, blankToNull(comment), caller.login());
        // issue 13 point 12: counted in the rates only after 3 months worked; shorter stays are shown apart
        exit.setCountedInRates(ParcoursQueries.exitCountsInRates(em, pw, exitDate));
        em.persist(exit);
        em.flush();
        audit.ok(caller, "EXIT_RECORD", "Pathway", pw.getId(), motive.aspCode() + " " + motive.category());
    }
}
