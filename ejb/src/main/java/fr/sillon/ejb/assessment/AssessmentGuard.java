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

/** Who may read a participant's evidence: staff of their structure, or the participant themself. */
@Dependent
public class AssessmentGuard {
    @Inject
    TenantGuard guard;
    @Inject
    PathwaySummaries summaries;

    /**
     * Refuses (audited, as not found) a participant of another structure, and, for a participant caller, anyone but
     * themself. Returns the participant's name.
     */
    public String participant(Caller c, long participantId, String action) {
        ParticipantAccess p = summaries.participantAccess(participantId)
                .orElseThrow(() -> guard.refuse(c, action, "Participant", participantId));
        boolean sameStructure = p.structureId() == c.structure();
        boolean allowed = sameStructure
                && (!c.is(Role.PARTICIPANT) || p.userAccountId() != null && p.userAccountId() == c.userId());
        if (!allowed) {
            NotFoundException refusal = guard.refuse(c, action, "Participant", participantId);
            if (sameStructure) {
                throw new AccessDeniedException();
            }
            throw refusal;
        }
        return p.fullName();
    }

    /** A task record of the caller's structure, or a refusal (audited, not found). */
    public TaskRecord taskRecord(Caller c, long id, String action) {
        return guard.owned(c, TaskRecord.class, id, TaskRecord::getStructureId, action);
    }
}
