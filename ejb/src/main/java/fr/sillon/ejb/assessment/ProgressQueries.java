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
 * Progress of participants, computed in the database: per framework and domain, criteria validated, in progress
 * (observed, not validated) and not yet observed; the levels of a criterion's scale; the participant record of the
 * calling participant; and the validations other contexts show (a pathway's timeline, the funders' indicators).
 */
@Stateless
@SuppressWarnings("unchecked")
public class ProgressQueries {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AssessmentGuard access;
    @Inject
    Scales scales;
    @Inject
    PathwaySummaries summaries;
    @Inject
    ProgressCounts counts;

    /**
     * Progress of a participant per framework and domain: criteria validated, in progress (observed, not validated),
     * not yet observed. Aggregated in SQL over the frameworks the structure can use.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public ParticipantProgress progress(long participantId) {
        Caller c = currentCaller.get();
        String name = access.participant(c, participantId, "PROGRESS_READ");
        List<FrameworkProgress> frameworks = counts.of(participantId, c.structure());
        return new ParticipantProgress(participantId, name, frameworks);
    }

    /** The levels of the scale of a criterion's framework (« non observé » first). */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public List<LevelOption> levelsOf(long competencyId) {
        return scales.ofCriterion(competencyId);
    }

    /** The participant record of the calling participant account. */
    @RolesAllowed(PARTICIPANT)
    public long myParticipantId() {
        Caller c = currentCaller.get();
        return summaries.participantOfAccount(c.userId(), c.structure()).orElseThrow(AccessDeniedException::new);
    }

    /** (decided at, criterion code, criterion title) of the participant's active validations decided since {@code from}. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<Object[]> validatedSince(long participantId, LocalDateTime from) {
        Caller c = currentCaller.get();
        return em.createQuery("select v.decidedAt, c.code, c.title from Validation v, Competency c where c.id = v.competencyId"
                        + " and v.participantId = :pa and v.structureId = :s and v.status = :st and v.decidedAt >= :from",
                        Object[].class)
                .setParameter("pa", participantId).setParameter("s", c.structure())
                .setParameter("st", ValidationStatus.VALIDATED).setParameter("from", from)
                .getResultList();
    }

    /** How many criteria the structure validated in [from, to]. */
    @RolesAllowed(COORDINATOR)
    public long validatedCount(LocalDate from, LocalDate to) {
        Caller c = currentCaller.get();
        return em.createQuery("select count(v) from Validation v where v.structureId = :s and v.status = :st"
                        + " and v.decidedAt >= :from and v.decidedAt < :after", Long.class)
                .setParameter("s", c.structure()).setParameter("st", ValidationStatus.VALIDATED)
                .setParameter("from", from.atStartOfDay()).setParameter("after", to.plusDays(1).atStartOfDay())
                .getSingleResult();
    }
}
