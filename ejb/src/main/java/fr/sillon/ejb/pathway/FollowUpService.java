package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.pathway.ActionStatus;
import fr.sillon.domain.pathway.AgreedAction;
import fr.sillon.domain.pathway.Barrier;
import fr.sillon.domain.pathway.BarrierAction;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.Interview;
import fr.sillon.domain.pathway.InterviewAction;
import fr.sillon.domain.pathway.InterviewKind;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ActionView;
import fr.sillon.ejb.pathway.PathwayViews.BarrierView;
import fr.sillon.ejb.pathway.PathwayViews.InterviewView;
import fr.sillon.ejb.pathway.PathwayViews.NewAction;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Follow-up of a pathway by the CIP: interviews (the private notes are given to coordinators only) and barriers to
 * employment (a sensitive one — health, disability, justice — only says that it exists to anyone but a coordinator),
 * each with the actions agreed.
 */
@Stateless
public class FollowUpService {
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

    // ------------------------------------------------------------------ interviews

    /** Interviews, latest first; the private notes are given to coordinators only. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<InterviewView> interviews(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "INTERVIEW_READ");
        boolean notes = caller.is(Role.COORDINATOR);
        List<InterviewView> views = queries.interviews(pw).stream().map(i -> new InterviewView(i.getId(), i.getKind(),
                        i.getHeldOn(), i.getAuthor().getDisplayName(), i.getSummary(),
                        notes ? i.getPrivateNotes() : null, actions(i.getActions())))
                .toList();
        long privateNotes = views.stream().filter(v -> v.privateNotes() != null).count();
        if (privateNotes > 0) { // issue 14: every read of sensitive data is in the trail
            audit.ok(caller, "SENSITIVE_READ", "Pathway", pathwayId, privateNotes + " note(s) privée(s) d'entretien");
        }
        return views;
    }

    @RolesAllowed(COORDINATOR)
    public long addInterview(long pathwayId, InterviewKind kind, LocalDate heldOn, String summary,
                             String privateNotes, List<NewAction> actions) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "INTERVIEW_ADD");
        pw.requireActive();
        Interview i = new Interview(pw, kind, heldOn, em.getReference(UserAccount.class, caller.userId()));
        i.setSummary(blankToNull(summary));
        i.setPrivateNotes(blankToNull(privateNotes));
        addActions(actions, i::addAction);
        em.persist(i);
        em.flush();
        audit.ok(caller, "INTERVIEW_ADD", "Interview", i.getId(), kind.name());
        return i.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void setInterviewActionStatus(long actionId, ActionStatus status) {
        Caller caller = currentCaller.get();
        guard.owned(caller, InterviewAction.class, actionId, a -> a.getInterview().getStructureId(),
                "INTERVIEW_ACTION_UPDATE").setStatus(status);
    }

    // ------------------------------------------------------------------ barriers

    /**
     * Barriers of the pathway. For anyone but a coordinator, a sensitive barrier (health, disability, justice) only
     * says that a confidential barrier exists, with its status: no category, no detail, no actions.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<BarrierView> barriers(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "BARRIER_READ");
        boolean coordinator = caller.is(Role.COORDINATOR);
        List<Barrier> barriers = queries.barriers(pw);
        String sensitive = barriers.stream().filter(b -> coordinator && b.isSensitive())
                .map(b -> b.getCategory().name()).distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
        if (!sensitive.isEmpty()) { // issue 14: every read of health, disability or justice barriers is in the trail
            audit.ok(caller, "SENSITIVE_READ", "Pathway", pathwayId, "freins sensibles : " + sensitive);
        }
        return barriers.stream().map(b -> toView(b, coordinator)).toList();
    }

    static BarrierView toView(Barrier b, boolean coordinator) {
        boolean hidden = b.isSensitive() && !coordinator;
        return new BarrierView(b.getId(), hidden ? null : b.getCategory(), b.getStatus(), b.isSensitive(), hidden,
                hidden ? null : b.getDetail(), b.getIdentifiedOn(), b.getLiftedOn(),
                hidden ? List.of() : actions(b.getActions()));
    }

    @RolesAllowed(COORDINATOR)
    public long addBarrier(long pathwayId, BarrierCategory category, LocalDate identifiedOn, String detail,
                           List<NewAction> actions) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "BARRIER_ADD");
        pw.requireActive();
        Barrier b = new Barrier(pw, category, identifiedOn == null ? LocalDate.now() : identifiedOn, blankToNull(detail));
        addActions(actions, b::addAction);
        em.persist(b);
        em.flush();
        audit.ok(caller, "BARRIER_ADD", "Barrier", b.getId(), b.isSensitive() ? "sensible" : category.name());
        return b.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void changeBarrierStatus(long barrierId, BarrierStatus status, LocalDate on) {
        Caller caller = currentCaller.get();
        guard.owned(caller, Barrier.class, barrierId, Barrier::getStructureId, "BARRIER_UPDATE")
                .changeStatus(status, on == null ? LocalDate.now() : on);
    }

    @RolesAllowed(COORDINATOR)
    public void setBarrierActionStatus(long actionId, ActionStatus status) {
        Caller caller = currentCaller.get();
        guard.owned(caller, BarrierAction.class, actionId, a -> a.getBarrier().getStructureId(),
                "BARRIER_ACTION_UPDATE").setStatus(status);
    }

    // ------------------------------------------------------------------ agreed actions

    private static List<ActionView> actions(List<? extends AgreedAction> actions) {
        return actions.stream().map(a -> new ActionView(a.getId(), a.getLabel(), a.getDueDate(), a.getStatus())).toList();
    }

    /** Adds the actions (the domain skips those without a label). */
    private static void addActions(List<NewAction> actions, BiConsumer<String, LocalDate> add) {
        if (actions != null) {
            actions.forEach(a -> add.accept(a.label(), a.dueDate()));
        }
    }
}
