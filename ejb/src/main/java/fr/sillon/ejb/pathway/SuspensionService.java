package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Suspensions of CDDI contracts (R5132-1-3) and the préfet's derogations below 20 hours a week (D5132-43-5) of a
 * pathway. Scoped to the caller's structure: a record of another structure is answered as not found, and audited.
 */
@Stateless
public class SuspensionService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    PathwayQueries queries;
    @Inject
    TenantGuard guard;

    /** A suspension as the pathway page shows it. */
    public record SuspensionView(long id, long contractId, LocalDate start, LocalDate end, SuspensionReason reason,
                                 String note, long days, boolean suspendsPass) implements Serializable {
        public String reasonLabel() {
            return reason.label();
        }
    }

    /** A derogation below 20 hours as the pathway page shows it. */
    public record DerogationView(long id, String reference, LocalDate start, LocalDate end, LocalDate prolongedUntil,
                                 LocalDate bilanOn, String bilan, String actionsToFinish) implements Serializable {
        public LocalDate effectiveEnd() {
            return prolongedUntil != null ? prolongedUntil : end;
        }
    }

    /** What the pathway page shows of the parcours: its start, its 24-month end, the PASS end, both pushed back. */
    public record ParcoursView(LocalDate start, int earlierStays, long pushBackDays, LocalDate limit24,
                               LocalDate passIaeEnd, LocalDate passIaeEndPushedBack, boolean newParcoursDecided,
                               String newParcoursPrescriber, LocalDate newParcoursDecidedOn) implements Serializable {
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<SuspensionView> suspensions(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "SUSPENSION_READ");
        return em.createQuery("select s from ContractSuspension s where s.contract.pathway = :p order by s.startDate",
                        ContractSuspension.class).setParameter("p", pw).getResultStream()
                .map(s -> new SuspensionView(s.getId(), s.getContract().getId(), s.getStartDate(), s.getEndDate(),
                        s.getReason(), s.getNote(), s.toSuspension().days(), s.toSuspension().suspendsPass()))
                .toList();
    }

    /** Records the suspension of a contract of the caller's structure, after checking it against the person's others. */
    @RolesAllowed(COORDINATOR)
    public long suspend(long contractId, LocalDate start, LocalDate end, SuspensionReason reason, String note) {
        Caller caller = currentCaller.get();
        Contract contract = guard.owned(caller, Contract.class, contractId, Contract::getStructureId, "SUSPENSION_ADD");
        Pathway pw = contract.getPathway();
        pw.requireActive();
        em.lock(pw, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        SuspensionRules.Suspension s = new SuspensionRules.Suspension(contractId, start, end, reason);
        SuspensionRules.checkNew(contract.getStartDate(), contract.getPlannedEnd(),
                ParcoursQueries.suspensions(em, caller.structure(), pw.getParticipant().getId()), s);
        ContractSuspension row = new ContractSuspension(contract, s, blankToNull(note), caller.login());
        em.persist(row);
        em.flush();
        audit.ok(caller, "SUSPENSION_ADD", "Contract", contractId, reason.name() + " " + start + " → " + end);
        return row.getId();
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public ParcoursView parcours(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "PARCOURS_READ");
        Parcours p = ParcoursQueries.parcours(em, pw);
        if (queries.contractEntities(pw).isEmpty()) {
            // no contract yet in this stay: as if its first contract started on the entry date
            p = p.withNextContractStart(pw.getEntryDate());
        }
        LocalDate passEnd = pw.getParticipant().getPassIaeEnd();
        return new ParcoursView(p.start(), p.earlierStays(), p.pushBackDays(), p.limit(CddiRules.MAX_MONTHS), passEnd,
                SuspensionRules.passEnd(passEnd, ParcoursQueries.suspensions(em, caller.structure(),
                        pw.getParticipant().getId())), pw.isNewParcoursDecided(), pw.getNewParcoursPrescriber(),
                pw.getNewParcoursDecidedOn());
    }

    // ------------------------------------------------------------------ derogations below 20 h

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<DerogationView> derogations(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "DEROGATION_READ");
        return em.createQuery("select d from HoursDerogation d where d.pathway.participant = :p and d.structureId = :s"
                        + " order by d.startDate", HoursDerogation.class)
                .setParameter("p", pw.getParticipant()).setParameter("s", caller.structure()).getResultStream()
                .map(d -> new DerogationView(d.getId(), d.getReference(), d.getStartDate(), d.getEndDate(),
                        d.getProlongedUntil(), d.getBilanOn(), d.getBilan(), d.getActionsToFinish()))
                .toList();
    }

    /** Records the préfet's decision (reference, period of at most 12 months). */
    @RolesAllowed(COORDINATOR)
    public long addDerogation(long pathwayId, String reference, LocalDate start, LocalDate end) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "DEROGATION_ADD");
        pw.requireActive();
        for (DerogationView d : derogations(pathwayId)) {
            if (start != null && end != null && !d.effectiveEnd().isBefore(start) && !d.start().isAfter(end)) {
                throw new DomainException("pathway.derogation.overlap", Periods.fr(d.start()), Periods.fr(d.effectiveEnd()));
            }
        }
        HoursDerogation d = new HoursDerogation(pw, reference, start, end);
        em.persist(d);
        em.flush();
        audit.ok(caller, "DEROGATION_ADD", "Pathway", pathwayId, reference);
        return d.getId();
    }

    /** Prolongs a derogation on the employer's bilan, to finish the prescribed actions. */
    @RolesAllowed(COORDINATOR)
    public void prolongDerogation(long derogationId, LocalDate until, LocalDate bilanOn, String bilan, String actions) {
        Caller caller = currentCaller.get();
        HoursDerogation d = guard.owned(caller, HoursDerogation.class, derogationId, HoursDerogation::getStructureId,
                "DEROGATION_PROLONG");
        d.prolong(until, bilanOn, bilan, actions);
        audit.ok(caller, "DEROGATION_PROLONG", "HoursDerogation", derogationId, "jusqu'au " + until);
    }

    private Pathway pathwayOf(Caller caller, long pathwayId, String action) {
        return queries.pathway(caller, pathwayId, action);
    }
}
