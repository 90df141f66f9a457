package fr.sillon.ejb.assessment;

import static fr.sillon.ejb.shared.Roles.*;
import static fr.sillon.ejb.shared.Rows.*;

import fr.sillon.domain.AccessDeniedException;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.activity.TaskRecord;
import fr.sillon.domain.assessment.Observation;
import fr.sillon.domain.assessment.Validation;
import fr.sillon.domain.assessment.ValidationRule;
import fr.sillon.domain.assessment.ValidationStatus;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.assessment.AssessmentViews.*;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwayViews.ParticipantAccess;
import fr.sillon.ejb.shared.Page;
import fr.sillon.ejb.shared.Persist;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Validation decisions: the proposals of the policy ({@link PolicyQuery}), validate (the policy re-checked by
 * {@link ValidationRule} on the evidence of that one criterion), decline, revoke, and the list of decisions.
 */
@Stateless
@SuppressWarnings("unchecked")
public class ValidationService {
    static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;
    @Inject
    AssessmentGuard access;
    @Inject
    PolicyQuery policy;
    @Inject
    CriterionProgress progress;
    @Inject
    fr.sillon.ejb.pathway.PathwayQueries pathways;

    /** Criteria meeting the policy and not yet validated (nor declined since the last evidence), per participant. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<Proposal> proposals(Long participantId, int first, int max) {
        Caller c = currentCaller.get();
        if (participantId != null) {
            access.participant(c, participantId, "VALIDATION_PROPOSALS");
        }
        return policy.proposals(c.structure(), participantId == null ? 0L : participantId, first, Page.size(max, MAX_PAGE));
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long countProposals(Long participantId) {
        Caller c = currentCaller.get();
        if (participantId != null) {
            access.participant(c, participantId, "VALIDATION_PROPOSALS");
        }
        return policy.count(c.structure(), participantId == null ? 0L : participantId);
    }

    /**
     * Validates a criterion for a participant. The policy is re-checked on the evidence of this one criterion;
     * the decision rests on the observations at or above the acquired level. Two concurrent validations: the schema
     * lets one through, the other gets « déjà validé ».
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long validate(long participantId, long competencyId, String note) {
        Caller c = currentCaller.get();
        access.participant(c, participantId, "VALIDATION_VALIDATE");
        // issue 13 point 13: a validation is decided during a running, not suspended, contract
        pathways.workingDays(c.structure(), java.util.Set.of(participantId))
                .require("validation", participantId, java.time.LocalDate.now());
        ValidationRule.Outcome outcome = policy.evaluate(c.structure(), participantId, competencyId);
        if (activeValidation(participantId, competencyId).isPresent()) {
            throw new DomainException("assessment.validation.alreadyValidated");
        }
        if (!outcome.meetsPolicy()) {
            throw new DomainException("assessment.validation.policyNotMet");
        }
        Validation v = new Validation(c.structure(), participantId, competencyId, ValidationStatus.VALIDATED, c.userId(),
                LocalDateTime.now(), note, outcome.evidenceIds());
        Persist.unique(em, v, "assessment.validation.alreadyValidated");
        progress.decided(participantId, competencyId);
        audit.ok(c, "VALIDATION_VALIDATE", "Validation", v.getId(), "participant " + participantId + ", critère "
                + competencyId + ", " + outcome.evidenceIds().size() + " observation(s)");
        return v.getId();
    }

    /** Declines a proposed criterion, with a note (it comes back with new evidence). */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long decline(long participantId, long competencyId, String note) {
        Caller c = currentCaller.get();
        access.participant(c, participantId, "VALIDATION_DECLINE");
        ValidationRule.Outcome outcome = policy.evaluate(c.structure(), participantId, competencyId);
        if (activeValidation(participantId, competencyId).isPresent()) {
            throw new DomainException("assessment.validation.alreadyValidated");
        }
        Validation v = new Validation(c.structure(), participantId, competencyId, ValidationStatus.DECLINED, c.userId(),
                LocalDateTime.now(), note, outcome.evidenceIds());
        em.persist(v);
        progress.decided(participantId, competencyId);
        audit.ok(c, "VALIDATION_DECLINE", "Validation", v.getId(), "participant " + participantId + ", critère " + competencyId);
        return v.getId();
    }

    /** Revokes a validation (coordinators only), with a reason; {@code version} is the one the coordinator saw. */
    @RolesAllowed(COORDINATOR)
    public void revoke(long validationId, int version, String reason) {
        Caller c = currentCaller.get();
        Validation v = guard.owned(c, Validation.class, validationId, Validation::getStructureId, "VALIDATION_REVOKE");
        Persist.sameVersion(v.getVersion(), version);
        v.revoke(c.userId(), LocalDateTime.now(), reason);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException("error.optimisticLock");
        }
        progress.decided(v.getParticipantId(), v.getCompetencyId());
        audit.ok(c, "VALIDATION_REVOKE", "Validation", validationId, v.getRevokeReason());
    }

    /** Decisions of the structure (most recent first), optionally of one participant. */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public List<DecisionRow> decisions(Long participantId, int first, int max) {
        Caller c = currentCaller.get();
        if (participantId != null) {
            access.participant(c, participantId, "VALIDATION_LIST");
        } else if (c.is(Role.PARTICIPANT)) {
            throw new AccessDeniedException();
        }
        List<Object[]> rows = em.createNativeQuery("select v.id, v.participant_id, "
                + fr.sillon.ejb.pathway.PathwaySummaries.participantNameSql("v.participant_id") + """
                , c.id, f.code, c.code, c.title, v.status,
                       d.display_name, v.decided_at, v.note, r.display_name, v.revoked_at, v.revoke_reason,
                       (select count(*) from validation_evidence ve where ve.validation_id = v.id), v.version
                from validation v
                join competency c on c.id = v.competency_id
                join framework f on f.id = c.framework_id
                join user_account d on d.id = v.decided_by
                left join user_account r on r.id = v.revoked_by
                where v.structure_id = :s and (:p = 0 or v.participant_id = :p)
                order by v.decided_at desc, v.id desc""")
                .setParameter("s", c.structure()).setParameter("p", participantId == null ? 0L : participantId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Page.size(max, MAX_PAGE)).getResultList();
        return rows.stream().map(x -> new DecisionRow(num(x[0]), num(x[1]), (String) x[2], num(x[3]), (String) x[4],
                (String) x[5], (String) x[6], ValidationStatus.valueOf((String) x[7]), (String) x[8], dateTime(x[9]),
                (String) x[10], (String) x[11], dateTime(x[12]), (String) x[13], (int) num(x[14]), (int) num(x[15])))
                .toList();
    }

    private Optional<Validation> activeValidation(long participantId, long competencyId) {
        return em.createQuery("""
                select v from Validation v where v.participantId = :p and v.competencyId = :c
                  and v.status = fr.sillon.domain.assessment.ValidationStatus.VALIDATED""", Validation.class)
                .setParameter("p", participantId).setParameter("c", competencyId).getResultStream().findFirst();
    }
}
