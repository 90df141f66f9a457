package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.domain.pathway.ReferentAssignment;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.ReferentView;
import fr.sillon.ejb.pathway.PathwayViews.StaffMember;
import fr.sillon.ejb.shared.Page;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Referents of partner organisations following a pathway, assigned once the person's consent is recorded. */
@Stateless
public class ReferentAssignmentService {
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

    @RolesAllowed(COORDINATOR)
    public List<ReferentView> referents(long pathwayId) {
        return queries.referents(queries.pathway(currentCaller.get(), pathwayId, "REFERENT_READ"));
    }

    /** Referent accounts (partner organisations) that can be assigned. */
    @RolesAllowed(COORDINATOR)
    public List<StaffMember> referentAccounts() {
        currentCaller.get();
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$StaffMember(u.id,"
                        + " concat(u.displayName, coalesce(concat(' — ', po.name), '')))"
                        + " from UserAccount u left join u.partnerOrganisation po"
                        + " where u.role = fr.sillon.domain.access.Role.REFERENT and u.enabled = true"
                        + " order by u.displayName", StaffMember.class)
                .setMaxResults(Page.MAX_SIZE).getResultList();
    }

    /** Assigns a partner referent to the pathway, once the person's consent is recorded. */
    @RolesAllowed(COORDINATOR)
    public long assignReferent(long pathwayId, long referentId, LocalDate consentRecordedOn, boolean barriersConsent) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "REFERENT_ASSIGN");
        if (consentRecordedOn == null) {
            throw new DomainException("pathway.referent.consentRequired");
        }
        UserAccount referent = em.find(UserAccount.class, referentId);
        if (referent == null || referent.getRole() != Role.REFERENT || !referent.isEnabled()) {
            throw new DomainException("pathway.referent.notReferent");
        }
        ReferentAssignment a = new ReferentAssignment(pw, referent, consentRecordedOn, barriersConsent, caller.login());
        em.persist(a);
        em.flush();
        audit.ok(caller, "REFERENT_ASSIGN", "Pathway", pw.getId(), referent.getLogin());
        return a.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void removeReferent(long assignmentId) {
        Caller caller = currentCaller.get();
        ReferentAssignment a = guard.owned(caller, ReferentAssignment.class, assignmentId,
                x -> x.getPathway().getStructureId(), "REFERENT_REMOVE");
        a.remove(LocalDateTime.now());
        audit.ok(caller, "REFERENT_REMOVE", "Pathway", a.getPathway().getId(), a.getReferent().getLogin());
    }
}
