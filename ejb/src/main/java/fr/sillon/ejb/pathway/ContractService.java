package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;

import fr.sillon.domain.pathway.CddiRules;
import fr.sillon.domain.pathway.Contract;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ContractRequest;
import fr.sillon.ejb.pathway.PathwayViews.ContractView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** CDDI contracts of a pathway: the initial contract and its renewals, checked against the CDDI rules. */
@Stateless
public class ContractService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    PathwayQueries queries;

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<ContractView> contracts(long pathwayId) {
        return queries.contracts(queries.pathway(currentCaller.get(), pathwayId, "CONTRACT_READ"));
    }

    /**
     * Records the initial CDDI or a renewal (the first contract of a pathway is the initial one), after checking the
     * CDDI rules against the contracts already signed. Two coordinators renewing at once: the second one fails on
     * the pathway's version.
     */
    @RolesAllowed(COORDINATOR)
    public long addContract(long pathwayId, ContractRequest request) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "CONTRACT_ADD");
        pw.requireActive();
        em.lock(pw, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<CddiRules.Term> existing = queries.contractEntities(pw).stream().map(Contract::toTerm).toList();
        CddiRules.Term term = new CddiRules.Term(existing.isEmpty() ? ContractKind.INITIAL : ContractKind.RENEWAL,
                request.start(), request.plannedEnd(), request.weeklyHours(), request.exception(),
                request.trainingStart(), request.trainingEnd(), request.hoursDerogation(),
                request.derogationReference(), request.decision());
        // issue 13: the limits of the parcours across stays, pushed back by suspensions; derogations below 20 h
        CddiRules.checkNew(existing, term, pw.getParticipant().facts(), ParcoursQueries.context(em, pw));
        Contract contract = new Contract(pw, term, caller.login());
        em.persist(contract);
        em.flush();
        audit.ok(caller, term.kind() == ContractKind.INITIAL ? "CONTRACT_ADD" : "CONTRACT_RENEW", "Contract",
                contract.getId(), term.start() + " → " + term.plannedEnd() + " (" + term.exception() + ")");
        return contract.getId();
    }
}
