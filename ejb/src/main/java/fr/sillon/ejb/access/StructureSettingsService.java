package fr.sillon.ejb.access;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.StructureIdentity;
import fr.sillon.domain.framework.Framework;
import fr.sillon.domain.framework.PolicyDraft;
import fr.sillon.domain.framework.ValidationPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * The structure's own settings, for its coordinators: the identity printed on certificates and PDFs (name, address,
 * signatory and role) and the validation policy of the frameworks the structure owns (the policies of the shared
 * frameworks are shown, set by the platform). Scoped to the caller's structure; every change is audited.
 */
@Stateless
public class StructureSettingsService {
    static final String COORDINATOR = "COORDINATOR";

    /** The validation policy of one framework the structure uses; editable when the structure owns the framework. */
    public record PolicyRow(long frameworkId, String code, String title, int minObservations, int minDistinctDays,
                            boolean latestAtOrAbove, boolean editable) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    fr.sillon.ejb.assessment.CriterionProgress progress;

    @RolesAllowed(COORDINATOR)
    public StructureIdentity identity() {
        Structure s = em.find(Structure.class, currentCaller.get().structure());
        return new StructureIdentity(s.getName(), s.getAddress(), s.getCity(), s.getSignatoryName(), s.getSignatoryRole(),
                s.getVersion());
    }

    /** Saves the identity; refused when someone changed the structure since {@code identity.version()}. */
    @RolesAllowed(COORDINATOR)
    public void updateIdentity(StructureIdentity identity) {
        Caller caller = currentCaller.get();
        StructureIdentity i = (identity == null ? new StructureIdentity(null, null, null, null, null, 0) : identity).validated();
        Structure s = em.find(Structure.class, caller.structure());
        if (s.getVersion() != i.version()) {
            throw new OptimisticLockException();
        }
        s.setName(i.name());
        s.setAddress(i.address());
        s.setCity(i.city());
        s.setSignatoryName(i.signatoryName());
        s.setSignatoryRole(i.signatoryRole());
        em.flush();
        audit.ok(caller, "STRUCTURE_SETTINGS_UPDATE", "Structure", s.getId(),
                i.name() + " · signataire " + (i.signatoryName() == null ? "—" : i.signatoryName()));
    }

    /** The policies of the published frameworks the structure can use (shared ones and its own). */
    @RolesAllowed(COORDINATOR)
    public List<PolicyRow> policies() {
        long structure = currentCaller.get().structure();
        List<Object[]> rows = em.createNativeQuery("""
                        select f.id, f.code, f.title, coalesce(vp.min_observations, 3), coalesce(vp.min_distinct_days, 2),
                               coalesce(vp.latest_at_or_above, true), f.structure_id is not null
                        from framework f left join validation_policy vp on vp.framework_id = f.id
                        where (f.structure_id is null and f.status = 'PUBLISHED')
                           or (f.structure_id = ?1 and f.status in ('DRAFT', 'PUBLISHED'))
                        order by f.structure_id is not null, f.title""")
                .setParameter(1, structure).getResultList();
        return rows.stream().map(r -> new PolicyRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), truth(r[5]), truth(r[6]))).toList();
    }

    /** Sets the policy of a framework of the caller's structure (a shared framework's policy is the platform's). */
    @RolesAllowed(COORDINATOR)
    public void updatePolicy(long frameworkId, PolicyDraft draft) {
        Caller caller = currentCaller.get();
        Framework f = em.find(Framework.class, frameworkId);
        Long owner = f == null ? null : frameworkStructure(frameworkId);
        if (f == null || owner != null && owner != caller.structure()) {
            audit.refusedOn(caller, "VALIDATION_POLICY_UPDATE", "Framework", frameworkId, owner); // its owner sees it
            throw new NotFoundException("Framework", frameworkId);
        }
        if (owner == null) {
            audit.refused(caller, "VALIDATION_POLICY_UPDATE", "Framework", frameworkId);
            throw new DomainException("framework.policy.shared");
        }
        PolicyDraft d = (draft == null ? new PolicyDraft(0, 0, true) : draft).validated();
        ValidationPolicy policy = em.find(ValidationPolicy.class, frameworkId);
        if (policy == null) {
            policy = new ValidationPolicy(f);
            d.applyTo(policy);
            em.persist(policy);
        } else {
            d.applyTo(policy);
        }
        progress.policyChanged(frameworkId); // the validation queue's readiness under the new policy
        audit.ok(caller, "VALIDATION_POLICY_UPDATE", "Framework", frameworkId, d.minObservations() + " observation(s), "
                + d.minDistinctDays() + " jour(s), dernière au niveau : " + (d.latestAtOrAbove() ? "oui" : "non"));
    }

    private Long frameworkStructure(long frameworkId) {
        Object owner = em.createNativeQuery("select structure_id from framework where id = ?1")
                .setParameter(1, frameworkId).getSingleResult();
        return owner == null ? null : ((Number) owner).longValue();
    }

    private static boolean truth(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }
}
