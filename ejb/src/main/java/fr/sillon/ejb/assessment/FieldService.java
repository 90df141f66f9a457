package fr.sillon.ejb.assessment;

import static fr.sillon.ejb.shared.Roles.*;
import static fr.sillon.ejb.shared.Rows.*;

import fr.sillon.domain.DomainException;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.activity.ActivityService;
import fr.sillon.ejb.activity.ActivityViews.DeviceTaskSaved;
import fr.sillon.ejb.activity.ActivityViews.TaskRecordForm;
import fr.sillon.ejb.assessment.AssessmentViews.ItemResult;
import fr.sillon.ejb.assessment.AssessmentViews.ItemStatus;
import fr.sillon.ejb.assessment.AssessmentViews.LevelOption;
import fr.sillon.ejb.assessment.AssessmentViews.ObservationInput;
import fr.sillon.ejb.assessment.FieldViews.*;
import fr.sillon.ejb.pathway.PathwaySummaries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/**
 * The field app's use cases (issue 11): the day read in one call, task records made offline (identified by the
 * device's UUID, idempotent), and observations whose task is named by that UUID. Scoped to the caller's structure.
 */
@Stateless
@SuppressWarnings("unchecked")
public class FieldService {
    /** The day read runs this many SQL statements, whatever the number of teams, tasks or participants. */
    public static final int DAY_QUERIES = 12;
    static final int MAX_TASKS = 50;
    /** Recent evidence: the latest observations of each participant of the day, over the last weeks. */
    static final int RECENT_PER_PARTICIPANT = 5;
    static final int RECENT_DAYS = 90;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwaySummaries summaries;
    @Inject
    Scales scales;
    @Inject
    ActivityService activity;
    @Inject
    ObservationService observations;

    /**
     * The supervisor's day: their teams and members, the day's task records (theirs or their teams') with their
     * participants, the task types with their observable criteria, the sites, the scales, what was already observed
     * on the day's tasks and the recent evidence of the day's participants.
     */
    @RolesAllowed(SUPERVISOR)
    public FieldDay day() {
        Caller c = currentCaller.get();
        long s = c.structure();
        LocalDate today = LocalDate.now();
        String myTasks = " r.structure_id = :s and r.performed_on = :d and (r.supervisor_id = :me or r.team_id in"
                + " (select t.id from team t where t.structure_id = :s and t.supervisor_id = :me)) ";

        // 1, 2: teams and members
        List<Object[]> teamRows = em.createNativeQuery("""
                select t.id, t.name from team t where t.structure_id = :s and t.supervisor_id = :me and t.active = true
                order by t.name""").setParameter("s", s).setParameter("me", c.userId()).getResultList();
        Map<Long, List<Long>> members = group(em.createNativeQuery("""
                select m.team_id, m.participant_id from team_member m join team t on t.id = m.team_id
                where t.structure_id = :s and t.supervisor_id = :me and t.active = true""")
                .setParameter("s", s).setParameter("me", c.userId()).getResultList());
        List<FieldTeam> teams = teamRows.stream().map(x -> new FieldTeam(num(x[0]), (String) x[1],
                members.getOrDefault(num(x[0]), List.of()))).toList();

        // 3, 4: the day's tasks and their participants
        List<Object[]> taskRows = em.createNativeQuery("""
                select r.id, r.client_uuid, r.performed_on, r.site_id, si.name, r.task_type_id, tt.name, r.team_id,
                       r.duration_minutes, r.note
                from task_record r join site si on si.id = r.site_id join task_type tt on tt.id = r.task_type_id
                where""" + myTasks + "order by r.created_at, r.id")
                .setParameter("s", s).setParameter("d", today).setParameter("me", c.userId()).getResultList();
        Map<Long, List<Long>> present = group(em.createNativeQuery(
                        "select tp.task_record_id, tp.participant_id from task_record_participant tp"
                        + " join task_record r on r.id = tp.task_record_id where" + myTasks)
                .setParameter("s", s).setParameter("d", today).setParameter("me", c.userId()).getResultList());
        List<FieldTask> tasks = taskRows.stream().map(x -> new FieldTask(num(x[0]), (String) x[1], date(x[2]),
                num(x[3]), (String) x[4], num(x[5]), (String) x[6], numOrNull(x[7]), (int) num(x[8]),
                present.getOrDefault(num(x[0]), List.of()), (String) x[9])).toList();

        // 5: the names of everyone of the day
        Set<Long> people = new HashSet<>();
        members.values().forEach(people::addAll);
        present.values().forEach(people::addAll);
        List<FieldPerson> participants = summaries.participantNames(s, people).stream()
                .map(p -> new FieldPerson(p.id(), p.fullName())).toList();

        // 6: sites; 7, 8: task types and their observable criteria; 9: the criteria; 10: the scales
        List<FieldSite> sites = ((List<Object[]>) em.createNativeQuery(
                        "select si.id, si.name from site si where si.structure_id = :s and si.active = true order by si.name")
                .setParameter("s", s).getResultList()).stream().map(x -> new FieldSite(num(x[0]), (String) x[1])).toList();
        List<Object[]> typeRows = em.createNativeQuery("""
                select t.id, t.name from task_type t where (t.structure_id is null or t.structure_id = :s)
                  and t.active = true order by t.name""").setParameter("s", s).getResultList();
        String observable = """
                from task_type_criterion tc join task_type t on t.id = tc.task_type_id
                join competency c on c.id = tc.competency_id join framework f on f.id = c.framework_id
                where (t.structure_id is null or t.structure_id = :s) and t.active = true and c.kind = 'CRITERION'
                  and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)""";
        Map<Long, List<Long>> criteriaOfType = group(em.createNativeQuery("select tc.task_type_id, tc.competency_id "
                + observable + " order by tc.task_type_id, case f.code when 'CLEA' then 1 else 0 end, f.code, c.code")
                .setParameter("s", s).getResultList());
        List<FieldCriterion> criteria = ((List<Object[]>) em.createNativeQuery(
                        "select distinct c.id, f.code, c.code, c.title, f.scale_id " + observable)
                .setParameter("s", s).getResultList()).stream()
                .map(x -> new FieldCriterion(num(x[0]), (String) x[1], (String) x[2], (String) x[3], num(x[4]))).toList();
        List<FieldTaskType> taskTypes = typeRows.stream().map(x -> new FieldTaskType(num(x[0]), (String) x[1],
                criteriaOfType.getOrDefault(num(x[0]), List.of()))).filter(t -> !t.criterionIds().isEmpty()).toList();
        Map<Long, List<LevelOption>> levels = scales.levels(criteria.stream().map(FieldCriterion::scaleId)
                .collect(Collectors.toSet()));
        List<FieldScale> scaleList = levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldScale(e.getKey(), e.getValue())).toList();

        // 11: what was already observed on the day's tasks (the latest row of each correction chain)
        List<FieldObserved> observed = ((List<Object[]>) em.createNativeQuery("""
                select o.uuid, o.task_record_id, o.participant_id, o.competency_id, o.level_rank, o.note
                from observation o join task_record r on r.id = o.task_record_id
                where""" + myTasks + """
                  and o.structure_id = :s and not exists (select 1 from observation x where x.supersedes_id = o.id)
                order by o.id""").setParameter("s", s).setParameter("d", today).setParameter("me", c.userId())
                .getResultList()).stream().map(x -> new FieldObserved((String) x[0], num(x[1]), num(x[2]), num(x[3]),
                (int) num(x[4]), (String) x[5])).toList();

        // 12: recent evidence of the day's participants
        List<FieldEvidence> recent = people.isEmpty() ? List.of() : ((List<Object[]>) em.createNativeQuery("""
                select x.participant_id, x.observed_on, x.criterion, x.label, x.task, x.note from (
                  select o.participant_id, o.observed_on, concat(f.code, ' ', c.code, ' — ', c.title) criterion,
                         coalesce(pl.label, o.level_rank) label, tt.name task, o.note,
                         row_number() over (partition by o.participant_id order by o.observed_on desc, o.id desc) n
                """ + EvidenceSql.FROM + """
                  where o.participant_id in (:p) and o.structure_id = :s and o.observed_on >= :since
                    and not exists (select 1 from observation y where y.supersedes_id = o.id)) x
                where x.n <= :k order by x.participant_id, x.n""")
                .setParameter("p", people).setParameter("s", s).setParameter("since", today.minusDays(RECENT_DAYS))
                .setParameter("k", RECENT_PER_PARTICIPANT).getResultList()).stream()
                .map(x -> new FieldEvidence(num(x[0]), date(x[1]), (String) x[2], String.valueOf(x[3]), (String) x[4],
                        (String) x[5])).toList();

        return new FieldDay(today, c.userId(), c.displayName(), teams, participants, sites, taskTypes, criteria,
                scaleList, tasks, observed, recent);
    }

    /**
     * Records task records made on a device, each on its own (one transaction per task): a new UUID is recorded, a
     * known one answers its record as {@code DUPLICATE} (« Tâche déjà enregistrée. »), a broken rule is
     * {@code REJECTED} with its French reason and does not stop the others.
     */
    @RolesAllowed(SUPERVISOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FieldTaskResult> recordTasks(List<FieldTaskInput> items) {
        if (items.size() > MAX_TASKS) {
            throw new DomainException("field.task.tooMany", MAX_TASKS);
        }
        List<FieldTaskResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldTaskInput in = items.get(i);
            UUID uuid = uuid(in.uuid());
            String missing = in.siteId() == null ? "siteId" : in.taskTypeId() == null ? "taskTypeId"
                    : in.performedOn() == null ? "performedOn" : in.durationMinutes() == null ? "durationMinutes" : null;
            if (uuid == null || missing != null) {
                results.add(new FieldTaskResult(i, in.uuid(), ItemStatus.REJECTED, null, uuid == null
                        ? DomainException.format("field.uuidInvalid", in.uuid() == null ? "" : in.uuid())
                        : DomainException.format("field.missingField", missing)));
                continue;
            }
            try {
                DeviceTaskSaved saved = activity.recordFieldTask(uuid, new TaskRecordForm(in.performedOn(), in.siteId(),
                        in.taskTypeId(), in.teamId(), in.durationMinutes(), in.participantIds(), in.note()));
                results.add(saved.created()
                        ? new FieldTaskResult(i, in.uuid(), ItemStatus.CREATED, saved.taskRecordId(), null)
                        : new FieldTaskResult(i, in.uuid(), ItemStatus.DUPLICATE, saved.taskRecordId(),
                        DomainException.format("field.task.alreadyRecorded")));
            } catch (DomainException e) {
                results.add(new FieldTaskResult(i, in.uuid(), ItemStatus.REJECTED, null, e.getMessage()));
            }
        }
        return results;
    }

    /**
     * Records observations from a device, item by item as {@link ObservationService#recordObservations}; an item may
     * name its task by the device's UUID ({@code taskUuid}), which must be recorded already in the structure.
     */
    @RolesAllowed(SUPERVISOR)
    public List<ItemResult> recordObservations(List<FieldObservationInput> items) {
        Caller c = currentCaller.get();
        Set<String> taskUuids = items.stream().map(FieldObservationInput::taskUuid).map(FieldService::uuid)
                .filter(Objects::nonNull).map(UUID::toString).collect(Collectors.toSet());
        Map<String, Long> taskOfUuid = new HashMap<>();
        if (!taskUuids.isEmpty()) {
            for (Object[] x : (List<Object[]>) em.createNativeQuery(
                            "select r.client_uuid, r.id from task_record r where r.structure_id = :s and r.client_uuid in (:u)")
                    .setParameter("s", c.structure()).setParameter("u", taskUuids).getResultList()) {
                taskOfUuid.put((String) x[0], num(x[1]));
            }
        }
        List<ItemResult> results = new ArrayList<>();
        List<ObservationInput> readable = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldObservationInput in = items.get(i);
            Long task = in.taskRecordId();
            if (in.taskUuid() != null && !in.taskUuid().isBlank()) {
                UUID u = uuid(in.taskUuid());
                Long byUuid = u == null ? null : taskOfUuid.get(u.toString());
                String reason = byUuid == null ? DomainException.format("field.observation.taskUnknown", in.taskUuid())
                        : task != null && !task.equals(byUuid) ? DomainException.format("field.observation.twoTasks") : null;
                if (reason != null) {
                    results.add(new ItemResult(i, in.uuid(), ItemStatus.REJECTED, null, reason));
                    continue;
                }
                task = byUuid;
            }
            positions.add(i);
            readable.add(new ObservationInput(in.uuid(), in.participantId(), in.competencyId(), in.levelRank(),
                    in.observedOn(), task, in.note()));
        }
        if (!readable.isEmpty()) {
            for (ItemResult r : observations.recordObservations(readable)) {
                results.add(new ItemResult(positions.get(r.index()), r.uuid(), r.status(), r.observationId(), r.reason()));
            }
        }
        results.sort(Comparator.comparingInt(ItemResult::index));
        return results;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<Long, List<Long>> group(List<Object[]> pairs) {
        Map<Long, List<Long>> map = new LinkedHashMap<>();
        for (Object[] x : pairs) {
            map.computeIfAbsent(num(x[0]), k -> new ArrayList<>()).add(num(x[1]));
        }
        return map;
    }
}
