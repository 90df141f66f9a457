package fr.sillon.ejb.assessment;

import fr.sillon.ejb.shared.TenantGuard;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwayViews.ParticipantAccess;

import static fr.sillon.ejb.shared.Rows.*;

import static fr.sillon.ejb.shared.Roles.*;

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
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assessment context: observation grid and batches, corrections, history, the validation policy (in SQL), validation
 * decisions and progress. Transaction and security boundary; every query is scoped to the caller's structure.
 */
@Stateless
@SuppressWarnings("unchecked")
public class AssessmentService {
    static final int MAX_BATCH = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;
    @Inject
    PathwayQueries pathways;

    // ================================================================ observation grid

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public ObservationGrid grid(long taskRecordId) {
        Caller c = currentCaller.get();
        TaskRecord r = ownTaskRecord(c, taskRecordId, "OBSERVATION_GRID");
        List<Object[]> people = em.createNativeQuery("""
                select p.id, concat(p.first_name, ' ', p.last_name) from task_record_participant tp
                join participant p on p.id = tp.participant_id
                where tp.task_record_id = :r order by p.last_name, p.first_name""")
                .setParameter("r", r.getId()).getResultList();
        List<Object[]> crit = em.createNativeQuery("""
                select c.id, f.code, c.code, c.title, f.scale_id from task_type_criterion tc
                join competency c on c.id = tc.competency_id join framework f on f.id = c.framework_id
                where tc.task_type_id = :t order by case f.code when 'CLEA' then 1 else 0 end, f.code, c.code""")
                .setParameter("t", r.getTaskType().getId()).getResultList();
        List<GridCriterion> criteria = crit.stream().map(x -> new GridCriterion(num(x[0]), (String) x[1], (String) x[2],
                (String) x[3], num(x[4]))).toList();
        Map<Long, List<LevelOption>> levels = levels(criteria.stream().map(GridCriterion::scaleId).collect(Collectors.toSet()));
        List<Object[]> ex = em.createNativeQuery("""
                select o.participant_id, o.competency_id, o.id, o.level_rank from observation o
                where o.task_record_id = :r and not exists (select 1 from observation x where x.supersedes_id = o.id)
                order by o.id""").setParameter("r", r.getId()).getResultList();
        return new ObservationGrid(r.getId(), r.getPerformedOn(), r.getTaskType().getName(), r.getSite().getName(),
                people.stream().map(x -> new GridParticipant(num(x[0]), (String) x[1])).toList(), criteria, levels,
                ex.stream().map(x -> new ExistingCell(num(x[0]), num(x[1]), num(x[2]), (int) num(x[3]))).toList());
    }

    /**
     * Saves the whole grid in one transaction: a rated cell without observation becomes an observation; a cell whose
     * saved level was changed becomes a correction of it; « non observé » cells without observation are skipped.
     * All or nothing: if one cell is refused, nothing is saved.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public SaveSummary saveGrid(GridSave save) {
        Caller c = currentCaller.get();
        TaskRecord r = ownTaskRecord(c, save.taskRecordId(), "OBSERVATION_GRID_SAVE");
        Set<Long> taskCriteria = r.getTaskType().getCriterionIds();
        Map<String, ExistingCell> existing = new HashMap<>();
        for (ExistingCell e : grid(r.getId()).existing()) {
            existing.put(e.participantId() + ":" + e.competencyId(), e);
        }
        Map<Long, String> notes = save.notesByParticipant() == null ? Map.of() : save.notesByParticipant();
        List<ObservationInput> inputs = new ArrayList<>();
        int corrected = 0;
        int unchanged = 0;
        LocalDateTime now = LocalDateTime.now();
        for (GridCell cell : save.cells()) {
            if (!r.involves(cell.participantId())) {
                throw new DomainException("assessment.grid.rejected",
                        DomainException.format("assessment.observation.participantNotInTask"));
            }
            if (!taskCriteria.contains(cell.competencyId())) {
                throw new DomainException("assessment.grid.rejected",
                        DomainException.format("assessment.observation.criterionNotInTask"));
            }
            int level = cell.levelRank() == null ? ValidationRule.NOT_OBSERVED_RANK : cell.levelRank();
            ExistingCell before = existing.get(cell.participantId() + ":" + cell.competencyId());
            if (before == null) {
                if (level != ValidationRule.NOT_OBSERVED_RANK) {
                    inputs.add(new ObservationInput(
                            cell.uuid() == null || cell.uuid().isBlank() ? UUID.randomUUID().toString() : cell.uuid(),
                            cell.participantId(), cell.competencyId(), level,
                            r.getPerformedOn(), r.getId(), notes.get(cell.participantId())));
                }
            } else if (before.levelRank() == level) {
                unchanged++;
            } else {
                Observation old = em.find(Observation.class, before.observationId());
                checkLevel(old.getCompetencyId(), level, true);
                Observation fix = old.correct(null, level, notes.get(cell.participantId()),
                        "Niveau modifié dans la grille de la tâche", c.userId(), now.toLocalDate(), now);
                persistUnique(fix, "assessment.observation.alreadyCorrected");
                corrected++;
            }
        }
        List<ItemResult> results = record(c, inputs);
        Optional<ItemResult> refused = results.stream().filter(x -> x.status() == ItemStatus.REJECTED).findFirst();
        if (refused.isPresent()) {
            throw new DomainException("assessment.grid.rejected", refused.get().reason());
        }
        em.flush();
        int created = (int) results.stream().filter(x -> x.status() == ItemStatus.CREATED).count();
        audit.ok(c, "OBSERVATION_GRID_SAVE", "TaskRecord", r.getId(),
                created + " observation(s), " + corrected + " correction(s)");
        return new SaveSummary(created, corrected, unchanged);
    }

    // ================================================================ batches (REST)

    /**
     * Records a batch of observations item by item: each valid item is saved, each invalid one is reported with a
     * French reason, and an item whose client UUID is already saved with the same content is reported as a duplicate
     * (so that a retried batch creates nothing twice).
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<ItemResult> recordObservations(List<ObservationInput> items) {
        Caller c = currentCaller.get();
        if (items.size() > MAX_BATCH) {
            throw new DomainException("assessment.batch.tooLarge", MAX_BATCH);
        }
        List<ItemResult> results = record(c, items);
        long created = results.stream().filter(x -> x.status() == ItemStatus.CREATED).count();
        long rejected = results.stream().filter(x -> x.status() == ItemStatus.REJECTED).count();
        audit.ok(c, "OBSERVATION_BATCH", "Observation", null, created + " créée(s), "
                + (results.size() - created - rejected) + " déjà reçue(s), " + rejected + " refusée(s)");
        return results;
    }

    private List<ItemResult> record(Caller c, List<ObservationInput> items) {
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

        Set<Long> ownParticipants = pathways.ownParticipants(c.structure(), participantIds);
        Map<Long, Long> scaleOfCriterion = new HashMap<>();
        if (!competencyIds.isEmpty()) {
            for (Object[] x : (List<Object[]>) em.createNativeQuery("""
                    select c.id, f.scale_id from competency c join framework f on f.id = c.framework_id
                    where c.kind = 'CRITERION' and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)
                      and c.id in (:ids)""").setParameter("s", c.structure()).setParameter("ids", competencyIds).getResultList()) {
                scaleOfCriterion.put(num(x[0]), num(x[1]));
            }
        }
        Map<Long, List<LevelOption>> levels = levels(new HashSet<>(scaleOfCriterion.values()));
        Map<Long, TaskRecord> tasks = taskIds.isEmpty() ? Map.of() : em.createQuery(
                        "select distinct r from TaskRecord r left join fetch r.participantIds where r.id in :ids and r.structureId = :s",
                        TaskRecord.class).setParameter("ids", taskIds).setParameter("s", c.structure()).getResultList()
                .stream().collect(Collectors.toMap(TaskRecord::getId, Function.identity()));
        // issue 13 point 13: an observation falls within a running, not suspended, contract of the participant
        var workingDays = fr.sillon.ejb.pathway.ParcoursQueries.workingDays(em, c.structure(), ownParticipants);
        Map<String, Observation> known = uuids.isEmpty() ? new HashMap<>() : em.createQuery(
                        "select o from Observation o where o.uuid in :u", Observation.class).setParameter("u", uuids)
                .getResultList().stream().collect(Collectors.toMap(Observation::getUuid, Function.identity()));

        List<ItemResult> results = new ArrayList<>();
        Map<Integer, Observation> saved = new HashMap<>();
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
            if (reason == null && levels.getOrDefault(scaleOfCriterion.get(in.competencyId()), List.of()).stream()
                    .noneMatch(l -> l.rank() == in.levelRank())) {
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
                em.persist(o);
                known.put(o.getUuid(), o);
                saved.put(i, o);
                results.add(new ItemResult(i, in.uuid(), ItemStatus.CREATED, null, null));
            } catch (DomainException e) {
                results.add(new ItemResult(i, in.uuid(), ItemStatus.REJECTED, null, e.getMessage()));
            }
        }
        if (!foreign.isEmpty()) {
            audit.refused(c, "OBSERVATION_RECORD", "Participant", foreign.toString());
        }
        em.flush();
        // ids are known after the flush
        return results.stream().map(x -> saved.containsKey(x.index())
                ? new ItemResult(x.index(), x.uuid(), x.status(), saved.get(x.index()).getId(), null) : x).toList();
    }

    private static String missing(ObservationInput in, LocalDate day) {
        String field = in.participantId() == null ? "participantId" : in.competencyId() == null ? "competencyId"
                : in.levelRank() == null ? "levelRank" : day == null ? "observedOn" : null;
        return field == null ? null : DomainException.format("assessment.observation.missingField", field);
    }

    // ================================================================ corrections and history

    /** Corrects an observation: a new row superseding it, with a reason. Level 0 (« non observé ») withdraws it. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long correct(long observationId, int levelRank, String note, String reason) {
        Caller c = currentCaller.get();
        Observation old = guard.owned(c, Observation.class, observationId, Observation::getStructureId,
                "OBSERVATION_CORRECT");
        long already = em.createQuery("select count(o) from Observation o where o.supersedesId = :id", Long.class)
                .setParameter("id", observationId).getSingleResult();
        if (already > 0) {
            throw new DomainException("assessment.observation.alreadyCorrected");
        }
        checkLevel(old.getCompetencyId(), levelRank, true);
        LocalDateTime now = LocalDateTime.now();
        Observation fix = old.correct(null, levelRank, note, reason, c.userId(), now.toLocalDate(), now);
        persistUnique(fix, "assessment.observation.alreadyCorrected");
        audit.ok(c, "OBSERVATION_CORRECT", "Observation", fix.getId(), "corrige " + observationId + " : " + fix.getCorrectionReason());
        return fix.getId();
    }

    /**
     * The evidence history of a participant (corrections and superseded rows included, most recent first),
     * optionally for one criterion. Staff of the structure, or the participant themself.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public List<HistoryRow> history(long participantId, Long competencyId, int first, int max) {
        Caller c = currentCaller.get();
        checkParticipant(c, participantId, "OBSERVATION_HISTORY");
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.observed_on, o.created_at, o.competency_id, f.code, c.code, c.title, o.level_rank,
                       coalesce(pl.label, o.level_rank), u.display_name, tt.name, o.note, o.supersedes_id,
                       o.correction_reason, s.id
                from observation o
                join competency c on c.id = o.competency_id
                join framework f on f.id = c.framework_id
                join user_account u on u.id = o.observer_id
                left join proficiency_level pl on pl.scale_id = f.scale_id and pl.level_rank = o.level_rank
                left join task_record tr on tr.id = o.task_record_id
                left join task_type tt on tt.id = tr.task_type_id
                left join observation s on s.supersedes_id = o.id
                where o.participant_id = :p and o.structure_id = :s and (:c = 0 or o.competency_id = :c)
                order by o.observed_on desc, o.created_at desc, o.id desc""")
                .setParameter("p", participantId).setParameter("s", c.structure()).setParameter("c", competencyId == null ? 0L : competencyId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(page(max)).getResultList();
        return rows.stream().map(x -> new HistoryRow(num(x[0]), date(x[1]), dateTime(x[2]), num(x[3]), (String) x[4],
                (String) x[5], (String) x[6], (int) num(x[7]), String.valueOf(x[8]), (String) x[9], (String) x[10],
                (String) x[11], x[12] == null ? null : num(x[12]), (String) x[13], x[14] == null ? null : num(x[14])))
                .toList();
    }

    /** The participant record of the calling participant account. */
    @RolesAllowed(PARTICIPANT)
    public long myParticipantId() {
        Caller c = currentCaller.get();
        return pathways.participantOfAccount(c.userId(), c.structure()).orElseThrow(AccessDeniedException::new);
    }

    // ================================================================ validation policy and decisions

    /** Policy query, in SQL: per participant and criterion, the effective observations and what they amount to. */
    private static final String POLICY_SQL = """
            with eff as (
              select o.participant_id, o.competency_id, o.level_rank, o.observed_on, o.created_at,
                     row_number() over (partition by o.participant_id, o.competency_id
                                        order by o.observed_on desc, o.created_at desc, o.id desc) as rn
              from observation o
              where o.structure_id = :s and (:p = 0 or o.participant_id = :p) and o.level_rank > 0
                and not exists (select 1 from observation x where x.supersedes_id = o.id)
            ), agg as (
              select e.participant_id, e.competency_id,
                     sum(case when e.level_rank >= sc.acquired_rank then 1 else 0 end) as n_ok,
                     count(distinct case when e.level_rank >= sc.acquired_rank then e.observed_on end) as days_ok,
                     max(case when e.rn = 1 then e.level_rank end) as latest_rank,
                     max(e.observed_on) as last_observed, max(e.created_at) as last_recorded,
                     max(coalesce(vp.min_observations, 3)) as min_obs, max(coalesce(vp.min_distinct_days, 2)) as min_days,
                     max(coalesce(vp.latest_at_or_above, true)) as latest_req, max(sc.acquired_rank) as acquired
              from eff e
              join competency c on c.id = e.competency_id
              join framework f on f.id = c.framework_id
              join scale sc on sc.id = f.scale_id
              left join validation_policy vp on vp.framework_id = f.id
              group by e.participant_id, e.competency_id
            )
            select %s
            from agg a
            join participant p on p.id = a.participant_id
            join competency c on c.id = a.competency_id
            join framework f on f.id = c.framework_id
            where a.n_ok >= a.min_obs and a.days_ok >= a.min_days and (a.latest_req = 0 or a.latest_rank >= a.acquired)
              and not exists (select 1 from validation v where v.participant_id = a.participant_id
                              and v.competency_id = a.competency_id and v.status = 'VALIDATED')
              and not exists (select 1 from validation v where v.participant_id = a.participant_id
                              and v.competency_id = a.competency_id and v.status = 'DECLINED'
                              and v.decided_at >= a.last_recorded)
            %s""";

    /** Criteria meeting the policy and not yet validated (nor declined since the last evidence), per participant. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<Proposal> proposals(Long participantId, int first, int max) {
        Caller c = currentCaller.get();
        if (participantId != null) {
            checkParticipant(c, participantId, "VALIDATION_PROPOSALS");
        }
        List<Object[]> rows = em.createNativeQuery(POLICY_SQL.formatted("""
                        p.id, concat(p.first_name, ' ', p.last_name), c.id, f.code, c.code, c.title,
                        a.n_ok, a.days_ok, a.latest_rank, a.last_observed""",
                        "order by p.last_name, p.first_name, f.code, c.code"))
                .setParameter("s", c.structure()).setParameter("p", participantId == null ? 0L : participantId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(page(max)).getResultList();
        return rows.stream().map(x -> new Proposal(num(x[0]), (String) x[1], num(x[2]), (String) x[3], (String) x[4],
                (String) x[5], (int) num(x[6]), (int) num(x[7]), (int) num(x[8]), date(x[9]))).toList();
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long countProposals(Long participantId) {
        Caller c = currentCaller.get();
        if (participantId != null) {
            checkParticipant(c, participantId, "VALIDATION_PROPOSALS");
        }
        return num(em.createNativeQuery(POLICY_SQL.formatted("count(*)", ""))
                .setParameter("s", c.structure()).setParameter("p", participantId == null ? 0L : participantId).getSingleResult());
    }

    /**
     * Validates a criterion for a participant. The policy is re-checked on the evidence of this one criterion;
     * the decision rests on the observations at or above the acquired level. Two concurrent validations: the schema
     * lets one through, the other gets « déjà validé ».
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long validate(long participantId, long competencyId, String note) {
        Caller c = currentCaller.get();
        checkParticipant(c, participantId, "VALIDATION_VALIDATE");
        fr.sillon.ejb.pathway.ParcoursQueries.workingDays(em, c.structure(), Set.of(participantId))
                .require("validation", participantId, LocalDate.now()); // issue 13 point 13
        ValidationRule.Outcome outcome = evaluate(c, participantId, competencyId);
        if (activeValidation(participantId, competencyId).isPresent()) {
            throw new DomainException("assessment.validation.alreadyValidated");
        }
        if (!outcome.meetsPolicy()) {
            throw new DomainException("assessment.validation.policyNotMet");
        }
        Validation v = new Validation(c.structure(), participantId, competencyId, ValidationStatus.VALIDATED, c.userId(),
                LocalDateTime.now(), note, outcome.evidenceIds());
        persistUnique(v, "assessment.validation.alreadyValidated");
        audit.ok(c, "VALIDATION_VALIDATE", "Validation", v.getId(), "participant " + participantId + ", critère "
                + competencyId + ", " + outcome.evidenceIds().size() + " observation(s)");
        return v.getId();
    }

    /** Declines a proposed criterion, with a note (it comes back with new evidence). */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long decline(long participantId, long competencyId, String note) {
        Caller c = currentCaller.get();
        checkParticipant(c, participantId, "VALIDATION_DECLINE");
        ValidationRule.Outcome outcome = evaluate(c, participantId, competencyId);
        if (activeValidation(participantId, competencyId).isPresent()) {
            throw new DomainException("assessment.validation.alreadyValidated");
        }
        Validation v = new Validation(c.structure(), participantId, competencyId, ValidationStatus.DECLINED, c.userId(),
                LocalDateTime.now(), note, outcome.evidenceIds());
        em.persist(v);
        em.flush();
        audit.ok(c, "VALIDATION_DECLINE", "Validation", v.getId(), "participant " + participantId + ", critère " + competencyId);
        return v.getId();
    }

    /** Revokes a validation (coordinators only), with a reason; {@code version} is the one the coordinator saw. */
    @RolesAllowed(COORDINATOR)
    public void revoke(long validationId, int version, String reason) {
        Caller c = currentCaller.get();
        Validation v = guard.owned(c, Validation.class, validationId, Validation::getStructureId, "VALIDATION_REVOKE");
        if (v.getVersion() != version) {
            throw new DomainException("error.optimisticLock");
        }
        v.revoke(c.userId(), LocalDateTime.now(), reason);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException("error.optimisticLock");
        }
        audit.ok(c, "VALIDATION_REVOKE", "Validation", validationId, v.getRevokeReason());
    }

    /** Decisions of the structure (most recent first), optionally of one participant. */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public List<DecisionRow> decisions(Long participantId, int first, int max) {
        Caller c = currentCaller.get();
        if (participantId != null) {
            checkParticipant(c, participantId, "VALIDATION_LIST");
        } else if (c.is(Role.PARTICIPANT)) {
            throw new AccessDeniedException();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select v.id, p.id, concat(p.first_name, ' ', p.last_name), c.id, f.code, c.code, c.title, v.status,
                       d.display_name, v.decided_at, v.note, r.display_name, v.revoked_at, v.revoke_reason,
                       (select count(*) from validation_evidence ve where ve.validation_id = v.id), v.version
                from validation v
                join participant p on p.id = v.participant_id
                join competency c on c.id = v.competency_id
                join framework f on f.id = c.framework_id
                join user_account d on d.id = v.decided_by
                left join user_account r on r.id = v.revoked_by
                where v.structure_id = :s and (:p = 0 or v.participant_id = :p)
                order by v.decided_at desc, v.id desc""")
                .setParameter("s", c.structure()).setParameter("p", participantId == null ? 0L : participantId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(page(max)).getResultList();
        return rows.stream().map(x -> new DecisionRow(num(x[0]), num(x[1]), (String) x[2], num(x[3]), (String) x[4],
                (String) x[5], (String) x[6], ValidationStatus.valueOf((String) x[7]), (String) x[8], dateTime(x[9]),
                (String) x[10], (String) x[11], dateTime(x[12]), (String) x[13], (int) num(x[14]), (int) num(x[15])))
                .toList();
    }

    // ================================================================ progress

    /**
     * Progress of a participant per framework and domain: criteria validated, in progress (observed, not validated),
     * not yet observed. Aggregated in SQL over the frameworks the structure can use.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public ParticipantProgress progress(long participantId) {
        Caller c = currentCaller.get();
        String name = checkParticipant(c, participantId, "PROGRESS_READ");
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.code, f.title, d.code, d.title, count(*),
                       sum(case when v.id is not null then 1 else 0 end),
                       sum(case when v.id is null and ob.competency_id is not null then 1 else 0 end)
                from competency c
                join framework f on f.id = c.framework_id
                left join competency p1 on p1.id = c.parent_id
                left join competency p2 on p2.id = p1.parent_id
                left join competency d on d.id = case when p1.kind = 'DOMAIN' then p1.id when p2.kind = 'DOMAIN' then p2.id end
                left join validation v on v.participant_id = :p and v.competency_id = c.id and v.status = 'VALIDATED'
                left join (select distinct o.competency_id from observation o
                           where o.participant_id = :p and o.level_rank > 0
                             and not exists (select 1 from observation x where x.supersedes_id = o.id)) ob
                       on ob.competency_id = c.id
                where c.kind = 'CRITERION' and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)
                group by f.id, f.code, f.title, d.id, d.code, d.title, d.position
                order by case f.code when 'CLEA' then 0 else 1 end, f.code, f.id, d.position, d.code""")
                .setParameter("p", participantId).setParameter("s", c.structure()).getResultList();
        Map<Long, List<Object[]>> byFramework = new LinkedHashMap<>();
        for (Object[] x : rows) {
            byFramework.computeIfAbsent(num(x[0]), k -> new ArrayList<>()).add(x);
        }
        List<FrameworkProgress> frameworks = new ArrayList<>();
        for (List<Object[]> fw : byFramework.values()) {
            List<DomainProgress> domains = fw.stream().map(x -> new DomainProgress((String) x[3], (String) x[4],
                    (int) num(x[5]), (int) num(x[6]), (int) num(x[7]))).toList();
            Object[] head = fw.get(0);
            frameworks.add(new FrameworkProgress(num(head[0]), (String) head[1], (String) head[2],
                    domains.stream().mapToInt(DomainProgress::total).sum(),
                    domains.stream().mapToInt(DomainProgress::validated).sum(),
                    domains.stream().mapToInt(DomainProgress::inProgress).sum(), domains));
        }
        return new ParticipantProgress(participantId, name, frameworks);
    }

    /** The levels of the scale of a criterion's framework (« non observé » first). */
    @RolesAllowed({SUPERVISOR, COORDINATOR, PARTICIPANT})
    public List<LevelOption> levelsOf(long competencyId) {
        List<Number> scale = em.createNativeQuery(
                "select f.scale_id from competency c join framework f on f.id = c.framework_id where c.id = :c")
                .setParameter("c", competencyId).getResultList();
        return scale.isEmpty() ? List.of()
                : levels(Set.of(scale.get(0).longValue())).getOrDefault(scale.get(0).longValue(), List.of());
    }

    // ================================================================ helpers

    private ValidationRule.Outcome evaluate(Caller c, long participantId, long competencyId) {
        List<Object[]> policy = em.createNativeQuery("""
                select coalesce(vp.min_observations, 3), coalesce(vp.min_distinct_days, 2),
                       coalesce(vp.latest_at_or_above, true), sc.acquired_rank
                from competency c join framework f on f.id = c.framework_id join scale sc on sc.id = f.scale_id
                left join validation_policy vp on vp.framework_id = f.id
                where c.id = :c and c.kind = 'CRITERION' and (f.structure_id is null or f.structure_id = :s)""")
                .setParameter("c", competencyId).setParameter("s", c.structure()).getResultList();
        if (policy.isEmpty()) {
            throw new NotFoundException("Competency", competencyId);
        }
        Object[] p = policy.get(0);
        int minObs = (int) num(p[0]);
        ValidationRule rule = new ValidationRule(minObs, Math.min((int) num(p[1]), minObs), bool(p[2]), (int) num(p[3]));
        List<ValidationRule.Evidence> evidence = em.createQuery("""
                select new fr.sillon.domain.assessment.ValidationRule$Evidence(o.id, o.observedOn, o.levelRank,
                       o.supersedesId, o.createdAt)
                from Observation o where o.participantId = :p and o.competencyId = :c and o.structureId = :s""",
                        ValidationRule.Evidence.class)
                .setParameter("p", participantId).setParameter("c", competencyId).setParameter("s", c.structure())
                .getResultList();
        return rule.evaluate(evidence, null);
    }

    private Optional<Validation> activeValidation(long participantId, long competencyId) {
        return em.createQuery("""
                select v from Validation v where v.participantId = :p and v.competencyId = :c
                  and v.status = fr.sillon.domain.assessment.ValidationStatus.VALIDATED""", Validation.class)
                .setParameter("p", participantId).setParameter("c", competencyId).getResultStream().findFirst();
    }

    /**
     * Persists and flushes (with IDENTITY ids the insert runs at once); a unique-key violation (a concurrent insert
     * won the race) becomes the given French message.
     */
    private void persistUnique(Object entity, String key) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                        || t.getMessage() != null && t.getMessage().contains("Duplicate entry")) {
                    throw new DomainException(key);
                }
            }
            throw e;
        }
    }

    private void checkLevel(long competencyId, int rank, boolean notObservedAllowed) {
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

    private Map<Long, List<LevelOption>> levels(Set<Long> scaleIds) {
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

    private TaskRecord ownTaskRecord(Caller c, long id, String action) {
        return guard.owned(c, TaskRecord.class, id, TaskRecord::getStructureId, action);
    }

    /**
     * Refuses (audited, as not found) a participant of another structure, and, for a participant caller, anyone but
     * themself. Returns the participant's name.
     */
    private String checkParticipant(Caller c, long participantId, String action) {
        ParticipantAccess p = pathways.participantAccess(participantId)
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

    private static int page(int max) {
        return Math.min(Math.max(max, 1), 500);
    }
}
