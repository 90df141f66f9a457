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

/** The proficiency scales of the frameworks as the assessment context reads them. */
@Dependent
@SuppressWarnings("unchecked")
public class Scales {
    @PersistenceContext
    EntityManager em;

    /** The levels of each scale, in rank order. */
    public Map<Long, List<LevelOption>> levels(Set<Long> scaleIds) {
        Map<Long, List<LevelOption>> levels = new HashMap<>();
        if (scaleIds.isEmpty()) {
            return levels;
        }
        for (Object[] x : (List<Object[]>) em.createNativeQuery("""
                select pl.scale_id, pl.level_rank, pl.code, pl.label from proficiency_level pl
                where pl.scale_id in (:ids) order by pl.scale_id, pl.level_rank""").setParameter("ids", scaleIds).getResultList()) {
            levels.computeIfAbsent(num(x[0]), k -> new ArrayList<>())
                    .add(new LevelOption((int) num(x[1]), (String) x[2], (String) x[3]));
        }
        return levels;
    }

    /** The levels of the scale of a criterion's framework (« non observé » first). */
    public List<LevelOption> ofCriterion(long competencyId) {
        List<Number> scale = em.createNativeQuery(
                "select f.scale_id from competency c join framework f on f.id = c.framework_id where c.id = :c")
                .setParameter("c", competencyId).getResultList();
        return scale.isEmpty() ? List.of()
                : levels(Set.of(scale.get(0).longValue())).getOrDefault(scale.get(0).longValue(), List.of());
    }

    /** Refuses a rank that is not on the scale of the criterion (« non observé » allowed when asked). */
    public void check(long competencyId, int rank, boolean notObservedAllowed) {
        if (rank == ValidationRule.NOT_OBSERVED_RANK && notObservedAllowed) {
            return;
        }
        long found = num(em.createNativeQuery("""
                select count(*) from competency c join framework f on f.id = c.framework_id
                join proficiency_level pl on pl.scale_id = f.scale_id where c.id = :c and pl.level_rank = :r""")
                .setParameter("c", competencyId).setParameter("r", rank).getSingleResult());
        if (found == 0) {
            throw new DomainException("assessment.observation.levelOutOfScale", rank);
        }
    }
}
