package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.funding.AfterExitFollowUp;
import fr.sillon.domain.funding.AfterExitRules;
import fr.sillon.domain.funding.AfterExitSituation;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.funding.FundingViews.AfterExitRow;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwayQueries.FundingExit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The follow-up 6 months after exit: who to contact, and their situation (« injoignable » included). */
@Stateless
public class AfterExitService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    AuditService audit;

    /**
     * Exits (but « retraits ») whose +6-month date falls in the 12 months before {@code today} or in the coming
     * {@value AfterExitRules#WINDOW_DAYS} days, overdue first, then to contact, by due date.
     */
    @RolesAllowed(COORDINATOR)
    public List<AfterExitRow> list(LocalDate today) {
        LocalDate day = today == null ? LocalDate.now() : today;
        long s = currentCaller.get().structure();
        LocalDate from = day.minusMonths(12 + AfterExitRules.MONTHS);
        LocalDate to = day.plusDays(AfterExitRules.WINDOW_DAYS).minusMonths(AfterExitRules.MONTHS);
        List<FundingExit> exits = queries.fundingExits(s, from, to).stream().filter(e -> e.category().isCounted()).toList();
        Map<Long, AfterExitFollowUp> recorded = recorded(em, s, exits.stream().map(FundingExit::pathwayId).toList());
        return exits.stream().map(e -> {
            AfterExitFollowUp f = recorded.get(e.pathwayId());
            return new AfterExitRow(e.pathwayId(), e.name(), e.exitDate(), e.motive(), e.category(),
                    AfterExitRules.dueOn(e.exitDate()), AfterExitRules.status(e.exitDate(), f != null, day),
                    f == null ? null : f.getSituation(), f == null ? null : f.getContactedOn());
        }).filter(r -> r.status() != AfterExitRules.Status.LATER)
                .sorted(Comparator.comparing((AfterExitRow r) -> r.status().ordinal() == 2 ? 0 : r.status().ordinal() + 1)
                        .thenComparing(AfterExitRow::dueOn))
                .toList();
    }

    /** The situations recorded for these pathways of structure {@code s}, by pathway id. */
    static Map<Long, AfterExitFollowUp> recorded(EntityManager em, long s, List<Long> pathwayIds) {
        Map<Long, AfterExitFollowUp> out = new HashMap<>();
        if (!pathwayIds.isEmpty()) {
            em.createQuery("select f from AfterExitFollowUp f where f.structureId = :s and f.pathwayId in :ids",
                            AfterExitFollowUp.class).setParameter("s", s).setParameter("ids", pathwayIds)
                    .getResultList().forEach(f -> out.put(f.getPathwayId(), f));
        }
        return out;
    }

    /** Records (or corrects) the situation of an exited pathway of the caller's structure. */
    @RolesAllowed(COORDINATOR)
    public void record(long pathwayId, AfterExitSituation situation, LocalDate contactedOn) {
        Caller caller = currentCaller.get();
        var exit = queries.exit(queries.pathway(caller, pathwayId, "FUNDING_AFTER_EXIT_WRITE"));
        if (exit == null) {
            throw new DomainException("funding.afterExit.notExited");
        }
        AfterExitFollowUp f = em.createQuery("select f from AfterExitFollowUp f where f.pathwayId = :p",
                AfterExitFollowUp.class).setParameter("p", pathwayId).getResultStream().findFirst().orElse(null);
        boolean created = f == null;
        if (created) {
            f = new AfterExitFollowUp(caller.structure(), pathwayId);
        }
        f.record(situation, contactedOn, exit.exitDate(), LocalDate.now(), caller.login());
        if (created) {
            em.persist(f);
        }
        audit.ok(caller, "FUNDING_AFTER_EXIT_WRITE", "Pathway", pathwayId, situation.name());
    }
}
