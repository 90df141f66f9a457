package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.pathway.Immersion;
import fr.sillon.domain.pathway.ImmersionOutcome;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.domain.pathway.PmsmpRules;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ImmersionRequest;
import fr.sillon.ejb.pathway.PathwayViews.ImmersionView;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Immersions in a host company (PMSMP conventions), checked against the PMSMP rules, and their outcome. */
@Stateless
public class ImmersionService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;
    @Inject
    PathwayQueries queries;

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<ImmersionView> immersions(long pathwayId) {
        return queries.immersions(queries.pathway(currentCaller.get(), pathwayId, "IMMERSION_READ"));
    }

    /** Records a PMSMP convention (or the renewal of one) after checking the PMSMP rules on all the person's PMSMP. */
    @RolesAllowed(COORDINATOR)
    public long addImmersion(long pathwayId, ImmersionRequest request) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "IMMERSION_ADD");
        pw.requireActive();
        em.lock(pw, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<PmsmpRules.Convention> existing = queries.conventionsOf(pw.getParticipant(), caller.structure());
        Immersion immersion = new Immersion(pw, request.hostName(), request.hostSiret(), request.start(),
                request.end(), request.objective(), request.renewalOfId());
        immersion.setObjectiveDetail(blankToNull(request.objectiveDetail()));
        PmsmpRules.checkNew(existing, immersion.toConvention());
        em.persist(immersion);
        em.flush();
        audit.ok(caller, "IMMERSION_ADD", "Immersion", immersion.getId(), request.hostName());
        return immersion.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void recordImmersionOutcome(long immersionId, ImmersionOutcome outcome, String note) {
        Caller caller = currentCaller.get();
        guard.owned(caller, Immersion.class, immersionId, Immersion::getStructureId, "IMMERSION_OUTCOME")
                .recordOutcome(outcome, blankToNull(note));
    }
}
