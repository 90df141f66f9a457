package fr.sillon.web.api;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.ejb.assessment.AssessmentViews.ItemResult;
import fr.sillon.ejb.assessment.AssessmentViews.ItemStatus;
import fr.sillon.ejb.assessment.FieldService;
import fr.sillon.ejb.assessment.FieldViews.FieldDay;
import fr.sillon.ejb.assessment.FieldViews.FieldObservationInput;
import fr.sillon.ejb.assessment.FieldViews.FieldTaskInput;
import fr.sillon.ejb.assessment.FieldViews.FieldTaskResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The field app's API (issue 11), for a tablet that works the whole day offline:
 * <ul>
 *   <li>{@code GET /api/v1/field/day}: the supervisor's day in one call ({@link FieldDay});</li>
 *   <li>{@code POST /api/v1/field/tasks} {@code {"tasks":[{"uuid","performedOn","siteId","taskTypeId","teamId",
 *   "durationMinutes","participantIds","note"}]}}: task records made on the device, each under the UUID the device
 *   gave it; sending one again answers the same record ({@code DUPLICATE}, « Tâche déjà enregistrée. »);</li>
 *   <li>{@code POST /api/v1/field/observations} {@code {"observations":[{"uuid","participantId","competencyId",
 *   "levelRank","observedOn","taskRecordId" or "taskUuid","note"}]}}: as {@code POST /api/v1/observations}, the task
 *   may be named by the device's UUID.</li>
 * </ul>
 * Both posts answer 200 with one result per item, in the order sent, and the counts.
 */
@Path("field")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FieldResource {

    public static class TaskBatch {
        public List<TaskItem> tasks;
    }

    public static class TaskItem {
        public String uuid;
        public String performedOn;
        public Long siteId;
        public Long taskTypeId;
        public Long teamId;
        public Integer durationMinutes;
        public List<Long> participantIds;
        public String note;
    }

    public static class ObservationBatch {
        public List<ObservationItem> observations;
    }

    public static class ObservationItem {
        public String uuid;
        public Long participantId;
        public Long competencyId;
        public Integer levelRank;
        public String observedOn;
        public Long taskRecordId;
        public String taskUuid;
        public String note;
    }

    public record TaskBatchResult(int created, int duplicates, int rejected, List<FieldTaskResult> results) {
    }

    public record ObservationBatchResult(int created, int duplicates, int rejected, List<ItemResult> results) {
    }

    @Inject
    FieldService field;

    @GET
    @Path("day")
    @RolesAllowed(SUPERVISOR)
    public Response day() {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok(field.day()).cacheControl(never).build();
    }

    @POST
    @Path("tasks")
    @RolesAllowed(SUPERVISOR)
    public Response tasks(TaskBatch batch) {
        if (batch == null || batch.tasks == null || batch.tasks.isEmpty()) {
            return Response.status(400).entity(new ApiError(400, "Aucune tâche dans l'envoi (champ « tasks »).")).build();
        }
        List<FieldTaskInput> inputs = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<FieldTaskResult> all = new ArrayList<>();
        for (int i = 0; i < batch.tasks.size(); i++) {
            TaskItem t = batch.tasks.get(i);
            String bad = t == null ? "Élément vide." : unreadableDay(t.performedOn, "de la tâche");
            if (bad != null) {
                all.add(new FieldTaskResult(i, t == null ? null : t.uuid, ItemStatus.REJECTED, null, bad));
                continue;
            }
            positions.add(i);
            inputs.add(new FieldTaskInput(t.uuid, day(t.performedOn), t.siteId, t.taskTypeId, t.teamId,
                    t.durationMinutes, t.participantIds, t.note));
        }
        if (!inputs.isEmpty()) {
            for (FieldTaskResult r : field.recordTasks(inputs)) {
                all.add(new FieldTaskResult(positions.get(r.index()), r.uuid(), r.status(), r.taskRecordId(), r.reason()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        int[] n = counts(all, FieldTaskResult::status);
        return Response.ok(new TaskBatchResult(n[0], n[1], n[2], all)).build();
    }

    @POST
    @Path("observations")
    @RolesAllowed(SUPERVISOR)
    public Response observations(ObservationBatch batch) {
        if (batch == null || batch.observations == null || batch.observations.isEmpty()) {
            return Response.status(400).entity(new ApiError(400, "Aucune observation dans l'envoi (champ « observations »).")).build();
        }
        List<FieldObservationInput> inputs = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<ItemResult> all = new ArrayList<>();
        for (int i = 0; i < batch.observations.size(); i++) {
            ObservationItem o = batch.observations.get(i);
            String bad = o == null ? "Élément vide." : unreadableDay(o.observedOn, "d'observation");
            if (bad != null) {
                all.add(new ItemResult(i, o == null ? null : o.uuid, ItemStatus.REJECTED, null, bad));
                continue;
            }
            positions.add(i);
            inputs.add(new FieldObservationInput(o.uuid, o.participantId, o.competencyId, o.levelRank, day(o.observedOn),
                    o.taskRecordId, o.taskUuid, o.note));
        }
        if (!inputs.isEmpty()) {
            for (ItemResult r : field.recordObservations(inputs)) {
                all.add(new ItemResult(positions.get(r.index()), r.uuid(), r.status(), r.observationId(), r.reason()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        int[] n = counts(all, ItemResult::status);
        return Response.ok(new ObservationBatchResult(n[0], n[1], n[2], all)).build();
    }

    private static String unreadableDay(String text, String what) {
        try {
            day(text);
            return null;
        } catch (DateTimeParseException e) {
            return "Date " + what + " illisible (AAAA-MM-JJ attendu) : « " + text + " ».";
        }
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static <T> int[] counts(List<T> results, Function<T, ItemStatus> status) {
        int created = (int) results.stream().filter(r -> status.apply(r) == ItemStatus.CREATED).count();
        int duplicates = (int) results.stream().filter(r -> status.apply(r) == ItemStatus.DUPLICATE).count();
        return new int[] {created, duplicates, results.size() - created - duplicates};
    }
}
