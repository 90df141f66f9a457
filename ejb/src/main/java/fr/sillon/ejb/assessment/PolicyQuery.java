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
import fr.sillon.ejb.pathway.PathwaySummaries;
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
 * The validation policy in SQL, and nothing else: the proposals of a structure (criteria whose effective
 * observations meet their framework's policy, not validated, not declined since the last evidence), read from the
 * read model {@code criterion_progress} that {@link CriterionProgress} keeps, and the policy and evidence of one
 * criterion for {@link ValidationRule}. The defaults of a framework
 * without a policy row are {@link ValidationRule#DEFAULT}'s. {@code PolicyQueryIT} runs this SQL and
 * {@link ValidationRule} on the same evidence and checks that they agree.
 */
@Dependent
@SuppressWarnings("unchecked")
public class PolicyQuery {
    @PersistenceContext
    EntityManager em;

    /**
     * The queue, from the read model {@code criterion_progress} ({@link CriterionProgress}: counts, last level and
     * decisions per participant × criterion, {@code ready} = meets the policy, not validated, not declined since the
     * last evidence): reads the structure's ready rows only ({@code ix_cprogress_queue}), never its history.
     */
    private static final String QUEUE_SQL = """
            select %s
            from criterion_progress a
            join competency c on c.id = a.competency_id
            join framework f on f.id = c.framework_id
            where a.structure_id = :s and a.ready = true and (:p = 0 or a.participant_id = :p)
            %s""";

    /** Proposals of the structure (of one participant, or all when {@code participantId} is 0), by name. */
    public List<Proposal> proposals(long structureId, long participantId, int first, int max) {
        List<Object[]> rows = em.createNativeQuery(QUEUE_SQL.formatted("a.participant_id, "
                        + PathwaySummaries.participantNameSql("a.participant_id") + """
                        , c.id, f.code, c.code, c.title, a.n_ok, a.days_ok, a.latest_rank, a.last_observed""",
                        "order by " + PathwaySummaries.participantSortSql("a.participant_id") + ", f.code, c.code"))
                .setParameter("s", structureId).setParameter("p", participantId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(max).getResultList();
        return rows.stream().map(x -> new Proposal(num(x[0]), (String) x[1], num(x[2]), (String) x[3], (String) x[4],
                (String) x[5], (int) num(x[6]), (int) num(x[7]), (int) num(x[8]), date(x[9]))).toList();
    }

    /** How many proposals (of one participant, or all when {@code participantId} is 0). */
    public long count(long structureId, long participantId) {
        return num(em.createNativeQuery(QUEUE_SQL.formatted("count(*)", ""))
                .setParameter("s", structureId).setParameter("p", participantId).getSingleResult());
    }

    /** The policy of a criterion's framework usable by the structure, as a rule. */
    public ValidationRule rule(long structureId, long competencyId) {
        ValidationRule d = ValidationRule.DEFAULT;
        List<Object[]> policy = em.createNativeQuery("""
                select coalesce(vp.min_observations, :dmin), coalesce(vp.min_distinct_days, :ddays),
                       coalesce(vp.latest_at_or_above, :dlatest), sc.acquired_rank
                from competency c join framework f on f.id = c.framework_id join scale sc on sc.id = f.scale_id
                left join validation_policy vp on vp.framework_id = f.id
                where c.id = :c and c.kind = 'CRITERION' and (f.structure_id is null or f.structure_id = :s)""")
                .setParameter("dmin", d.minObservations()).setParameter("ddays", d.minDistinctDays())
                .setParameter("dlatest", d.latestAtOrAbove())
                .setParameter("c", competencyId).setParameter("s", structureId).getResultList();
        if (policy.isEmpty()) {
            throw new NotFoundException("Competency", competencyId);
        }
        Object[] p = policy.get(0);
        int minObs = (int) num(p[0]);
        return new ValidationRule(minObs, Math.min((int) num(p[1]), minObs), bool(p[2]), (int) num(p[3]));
    }

    /** Every observation of the participant on the criterion in the structure, corrections included. */
    public List<ValidationRule.Evidence> evidence(long structureId, long participantId, long competencyId) {
        return em.createQuery("""
                select new fr.sillon.domain.assessment.ValidationRule$Evidence(o.id, o.observedOn, o.levelRank,
                       o.supersedesId, o.createdAt)
                from Observation o where o.participantId = :p and o.competencyId = :c and o.structureId = :s""",
                        ValidationRule.Evidence.class)
                .setParameter("p", participantId).setParameter("c", competencyId).setParameter("s", structureId)
                .getResultList();
    }

    /** The last decision (validated, declined or revoked) on the criterion for the participant, or null. */
    public ValidationRule.Decision lastDecision(long participantId, long competencyId) {
        return em.createQuery("""
                select new fr.sillon.domain.assessment.ValidationRule$Decision(v.status, v.decidedAt)
                from Validation v where v.participantId = :p and v.competencyId = :c
                order by v.decidedAt desc, v.id desc""", ValidationRule.Decision.class)
                .setParameter("p", participantId).setParameter("c", competencyId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /** The rule applied to the evidence and the last decision of one criterion for a participant. */
    public ValidationRule.Outcome evaluate(long structureId, long participantId, long competencyId) {
        return rule(structureId, competencyId).evaluate(evidence(structureId, participantId, competencyId),
                lastDecision(participantId, competencyId));
    }
}
