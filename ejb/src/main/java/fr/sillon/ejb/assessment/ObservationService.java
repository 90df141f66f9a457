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
import fr.sillon.ejb.pathway.PathwaySummaries;
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
 * Observations: the grid of a task record (read and saved in one transaction), batches from the field app,
 * corrections (a new row superseding the old one) and a participant's evidence history. Every query is scoped to the
 * caller's structure.
 */
@Stateless
@SuppressWarnings("unchecked")
public class ObservationService {
    static final int MAX_BATCH = 500;
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
    Scales scales;
    @Inject
    ObservationBatch batch;
    @Inject
    CriterionProgress progress;

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public ObservationGrid grid(long taskRecordId) {
        Caller c = currentCaller.get();
        TaskRecord r = access.taskRecord(c, taskRecordId, "OBSERVATION_GRID");
        List<Object[]> people = em.createNativeQuery("select tp.participant_id, "
                + PathwaySummaries.participantNameSql("tp.participant_id") + " from task_record_participant tp"
                + " where tp.task_record_id = :r order by " + PathwaySummaries.participantSortSql("tp.participant_id"))
                .setParameter("r", r.getId()).getResultList();
        List<Object[]> crit = em.createNativeQuery("""
                select c.id, f.code, c.code, c.title, f.scale_id from task_type_criterion tc
                join competency c on c.id = tc.competency_id join framework f on f.id = c.framework_id
                where tc.task_type_id = :t order by case f.code when 'CLEA' then 1 else 0 end, f.code, c.code""")
                .setParameter("t", r.getTaskType().getId()).getResultList();
        List<GridCriterion> criteria = crit.stream().map(x -> new GridCriterion(num(x[0]), (String) x[1], (String) x[2],
                (String) x[3], num(x[4]))).toList();
        Map<Long, List<LevelOption>> levels = scales.levels(criteria.stream().map(GridCriterion::scaleId).collect(Collectors.toSet()));
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
        TaskRecord r = access.taskRecord(c, save.taskRecordId(), "OBSERVATION_GRID_SAVE");
        Set<Long> taskCriteria = r.getTaskType().getCriterionIds();
        progress.lock(save.cells().stream().map(GridCell::participantId).toList());
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
                scales.check(old.getCompetencyId(), level, true);
                Observation fix = old.correct(null, level, notes.get(cell.participantId()),
                        "Niveau modifié dans la grille de la tâche", c.userId(), now.toLocalDate(), now);
                Persist.unique(em, fix, "assessment.observation.alreadyCorrected");
                corrected++;
            }
        }
        List<ItemResult> results = batch.record(c, inputs);
        Optional<ItemResult> refused = results.stream().filter(x -> x.status() == ItemStatus.REJECTED).findFirst();
        if (refused.isPresent()) {
            throw new DomainException("assessment.grid.rejected", refused.get().reason());
        }
        if (!inputs.isEmpty() || corrected > 0) {
            progress.observed(save.cells().stream().map(GridCell::participantId).toList(),
                    save.cells().stream().map(GridCell::competencyId).toList());
        }
        int created = (int) results.stream().filter(x -> x.status() == ItemStatus.CREATED).count();
        audit.ok(c, "OBSERVATION_GRID_SAVE", "TaskRecord", r.getId(),
                created + " observation(s), " + corrected + " correction(s)");
        return new SaveSummary(created, corrected, unchanged);
    }

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
        progress.lock(items.stream().map(ObservationInput::participantId).toList());
        List<ItemResult> results = batch.record(c, items);
        Set<Integer> createdItems = results.stream().filter(x -> x.status() == ItemStatus.CREATED)
                .map(ItemResult::index).collect(Collectors.toSet());
        progress.observed(createdItems.stream().map(i -> items.get(i).participantId()).toList(),
                createdItems.stream().map(i -> items.get(i).competencyId()).toList());
        long created = results.stream().filter(x -> x.status() == ItemStatus.CREATED).count();
        long rejected = results.stream().filter(x -> x.status() == ItemStatus.REJECTED).count();
        audit.okWithAction(c, "OBSERVATION_BATCH", "Observation", null, created + " créée(s), "
                + (results.size() - created - rejected) + " déjà reçue(s), " + rejected + " refusée(s)");
        return results;
    }

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
        scales.check(old.getCompetencyId(), levelRank, true);
        progress.lock(List.of(old.getParticipantId()));
        LocalDateTime now = LocalDateTime.now();
        Observation fix = old.correct(null, levelRank, note, reason, c.userId(), now.toLocalDate(), now);
        Persist.unique(em, fix, "assessment.observation.alreadyCorrected");
        progress.observed(List.of(old.getParticipantId()), List.of(old.getCompetencyId()));
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
        access.participant(c, participantId, "OBSERVATION_HISTORY");
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.observed_on, o.created_at, o.competency_id, f.code, c.code, c.title, o.level_rank,
                       coalesce(pl.label, o.level_rank), u.display_name, tt.name, o.note, o.supersedes_id,
                       o.correction_reason, s.id
                """ + EvidenceSql.FROM + """
                left join observation s on s.supersedes_id = o.id
                where o.participant_id = :p and o.structure_id = :s and (:c = 0 or o.competency_id = :c)
                order by o.observed_on desc, o.created_at desc, o.id desc""")
                .setParameter("p", participantId).setParameter("s", c.structure()).setParameter("c", competencyId == null ? 0L : competencyId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Page.size(max, MAX_PAGE)).getResultList();
        return rows.stream().map(x -> new HistoryRow(num(x[0]), date(x[1]), dateTime(x[2]), num(x[3]), (String) x[4],
                (String) x[5], (String) x[6], (int) num(x[7]), String.valueOf(x[8]), (String) x[9], (String) x[10],
                (String) x[11], x[12] == null ? null : num(x[12]), (String) x[13], x[14] == null ? null : num(x[14])))
                .toList();
    }
}
