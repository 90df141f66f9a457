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
 * The per-item checks of a batch of observations (REST batches and the grid): UUID, required fields, participant of
 * the structure, published criterion, task record of the structure involving the participant, level on the scale,
 * idempotent replay by UUID. Plain CDI bean: the calling service holds the transaction and the role check.
 */
@Dependent
@SuppressWarnings("unchecked")
public class ObservationBatch {
    @PersistenceContext
    EntityManager em;
    @Inject
    TenantGuard guard;
    @Inject
    PathwayQueries pathways;

    /**
     * Records the items for the caller, inside the caller's transaction: each valid item is saved, each invalid one
     * is answered with a French reason (never an exception), a known UUID with the same content is a duplicate.
     * Participants of another structure are refused and audited once for the batch.
     */
    public List<ItemResult> record(Caller c, List<ObservationInput> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now();
        LocalDate today = now.toLocalDate();
        Set<Long> participantIds = items.stream().map(ObservationInput::participantId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> competencyIds = items.stream().map(ObservationInput::competencyId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> taskIds = items.stream().map(ObservationInput::taskRecordId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> uuids = items.stream().map(ObservationInput::uuid).filter(Objects::nonNull)
                .map(u -> u.strip().toLowerCase()).collect(Collectors.toSet());

        // issue 13 point 13: an observation falls within a running, not suspended, contract of the participant; the
        // same read tells which participants are of the structure (issue 11: one query less per batch)
        var workingDays = pathways.workingDays(c.structure(), participantIds);
        Set<Long> ownParticipants = workingDays.names().keySet();
        // each criterion's scale and the ranks of its levels, in one query
        Map<Long, Long> scaleOfCriterion = new HashMap<>();
        Map<Long, Set<Integer>> ranksOfScale = new HashMap<>();
        if (!competencyIds.isEmpty()) {
            for (Object[] x : (List<Object[]>) em.createNativeQuery("""
                    select c.id, f.scale_id, pl.level_rank from competency c join framework f on f.id = c.framework_id
                    left join proficiency_level pl on pl.scale_id = f.scale_id
                    where c.kind = 'CRITERION' and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)
                      and c.id in (:ids)""").setParameter("s", c.structure()).setParameter("ids", competencyIds).getResultList()) {
                scaleOfCriterion.put(num(x[0]), num(x[1]));
                if (x[2] != null) {
                    ranksOfScale.computeIfAbsent(num(x[1]), k -> new HashSet<>()).add((int) num(x[2]));
                }
            }
        }
        Map<Long, TaskRecord> tasks = taskIds.isEmpty() ? Map.of() : em.createQuery(
                        "select distinct r from TaskRecord r left join fetch r.participantIds where r.id in :ids and r.structureId = :s",
                        TaskRecord.class).setParameter("ids", taskIds).setParameter("s", c.structure()).getResultList()
                .stream().collect(Collectors.toMap(TaskRecord::getId, Function.identity()));
        Map<String, Observation> known = uuids.isEmpty() ? new HashMap<>() : em.createQuery(
                        "select o from Observation o where o.uuid in :u", Observation.class).setParameter("u", uuids)
                .getResultList().stream().collect(Collectors.toMap(Observation::getUuid, Function.identity()));

        List<ItemResult> results = new ArrayList<>();
        Map<Integer, Observation> saved = new HashMap<>();
        List<Observation> fresh = new ArrayList<>();
        Set<Long> foreign = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            ObservationInput in = items.get(i);
            String reason = null;
            UUID uuid = null;
            try {
                uuid = UUID.fromString(in.uuid() == null ? "" : in.uuid().strip());
            } catch (IllegalArgumentException e) {
                reason = DomainException.format("assessment.observation.uuidInvalid", in.uuid() == null ? "" : in.uuid());
            }
            TaskRecord task = in.taskRecordId() == null ? null : tasks.get(in.taskRecordId());
            LocalDate day = in.observedOn() != null ? in.observedOn() : task == null ? null : task.getPerformedOn();
            if (reason == null && in.taskRecordId() != null && task == null) { // before « observedOn missing »: the cause
                reason = DomainException.format("assessment.taskRecord.foreign");
            }
            if (reason == null) {
                reason = missing(in, day);
            }
            if (reason == null && !ownParticipants.contains(in.participantId())) {
                foreign.add(in.participantId());
                reason = DomainException.format("assessment.participant.foreign");
            }
            if (reason == null && !scaleOfCriterion.containsKey(in.competencyId())) {
                reason = DomainException.format("assessment.observation.notACriterion", in.competencyId());
            }
            if (reason == null && in.taskRecordId() != null && task == null) {
                reason = DomainException.format("assessment.taskRecord.foreign");
            }
            if (reason == null && task != null && !task.involves(in.participantId())) {
                reason = DomainException.format("assessment.observation.participantNotInTask");
            }
            if (reason == null) {
                reason = workingDays.refusal("observation", in.participantId(), day);
            }
            if (reason == null && in.levelRank() == ValidationRule.NOT_OBSERVED_RANK) {
                reason = DomainException.format("assessment.observation.notObserved");
            }
            if (reason == null && !ranksOfScale.getOrDefault(scaleOfCriterion.get(in.competencyId()), Set.of())
                    .contains(in.levelRank())) {
                reason = DomainException.format("assessment.observation.levelOutOfScale", in.levelRank());
            }
            if (reason != null) {
                results.add(new ItemResult(i, in.uuid(), ItemStatus.REJECTED, null, reason));
                continue;
            }
            Observation same = known.get(uuid.toString());
            if (same != null) {
                boolean identical = same.getParticipantId().equals(in.participantId())
                        && same.getCompetencyId().equals(in.competencyId()) && same.getLevelRank() == in.levelRank()
                        && same.getObservedOn().equals(day) && same.getStructureId() == c.structure();
                if (identical) {
                    saved.put(i, same);
                }
                results.add(identical
                        ? new ItemResult(i, in.uuid(), ItemStatus.DUPLICATE, null, null)
                        : new ItemResult(i, in.uuid(), ItemStatus.REJECTED, null,
                        DomainException.format("assessment.observation.uuidReused", uuid)));
                continue;
            }
            try {
                Observation o = new Observation(uuid, c.structure(), in.participantId(), in.competencyId(), in.levelRank(),
                        day, in.taskRecordId(), c.userId(), in.note(), today, now);
                fresh.add(o);
                known.put(o.getUuid(), o);
                saved.put(i, o);
                results.add(new ItemResult(i, in.uuid(), ItemStatus.CREATED, null, null));
            } catch (DomainException e) {
                results.add(new ItemResult(i, in.uuid(), ItemStatus.REJECTED, null, e.getMessage()));
            }
        }
        if (!foreign.isEmpty()) {
            guard.refuse(c, "OBSERVATION_RECORD", "Participant", foreign.toString());
        }
        Map<String, Long> ids = insert(fresh);
        return results.stream().map(x -> saved.containsKey(x.index())
                ? new ItemResult(x.index(), x.uuid(), x.status(), idOf(saved.get(x.index()), ids), null) : x).toList();
    }

    private static Long idOf(Observation o, Map<String, Long> ids) {
        return o.getId() != null ? o.getId() : ids.get(o.getUuid());
    }

    /**
     * The new observations in one multi-row insert, then their ids in one query (issue 11: a batch of 30 was 30
     * inserts, one round trip each, since an IDENTITY key defeats JDBC batching). Observations are append-only and
     * nothing later in the transaction needs them as managed entities. Rows are checked by the domain's constructor
     * before; the schema's unique UUID still refuses a concurrent twin.
     */
    private Map<String, Long> insert(List<Observation> fresh) {
        Map<String, Long> ids = new HashMap<>();
        if (fresh.isEmpty()) {
            return ids;
        }
        StringBuilder sql = new StringBuilder("insert into observation (uuid, structure_id, participant_id, competency_id,"
                + " level_rank, observed_on, task_record_id, observer_id, note, created_at) values ");
        int p = 0;
        for (int i = 0; i < fresh.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('(');
            for (int col = 0; col < 10; col++) {
                sql.append(col == 0 ? "" : ", ").append('?').append(++p);
            }
            sql.append(')');
        }
        jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
        p = 0;
        for (Observation o : fresh) {
            insert.setParameter(++p, o.getUuid()).setParameter(++p, o.getStructureId())
                    .setParameter(++p, o.getParticipantId()).setParameter(++p, o.getCompetencyId())
                    .setParameter(++p, o.getLevelRank()).setParameter(++p, java.sql.Date.valueOf(o.getObservedOn()))
                    .setParameter(++p, o.getTaskRecordId()).setParameter(++p, o.getObserverId())
                    .setParameter(++p, o.getNote()).setParameter(++p, java.sql.Timestamp.valueOf(o.getCreatedAt()));
        }
        insert.executeUpdate();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select uuid, id from observation where uuid in (:u)")
                .setParameter("u", fresh.stream().map(Observation::getUuid).toList()).getResultList()) {
            ids.put(((String) row[0]).strip(), num(row[1]));
        }
        return ids;
    }

    private static String missing(ObservationInput in, LocalDate day) {
        String field = in.participantId() == null ? "participantId" : in.competencyId() == null ? "competencyId"
                : in.levelRank() == null ? "levelRank" : day == null ? "observedOn" : null;
        return field == null ? null : DomainException.format("assessment.observation.missingField", field);
    }
}
