package fr.sillon.web.api;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.ejb.assessment.ObservationService;
import fr.sillon.ejb.assessment.AssessmentViews.ItemResult;
import fr.sillon.ejb.assessment.AssessmentViews.ItemStatus;
import fr.sillon.ejb.assessment.AssessmentViews.ObservationInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/observations}: a batch of observations from a field device (tablet offline, then synchronised).
 *
 * <pre>
 * { "observations": [ { "uuid": "…client-generated…", "participantId": 12, "competencyId": 345, "levelRank": 3,
 *                       "observedOn": "2026-06-12", "taskRecordId": 7, "note": "…" } ] }
 * </pre>
 * Each item is processed on its own: valid ones are saved ({@code CREATED}), an item whose UUID was already received
 * with the same content is {@code DUPLICATE} (a retried batch creates nothing twice), an invalid one is
 * {@code REJECTED} with a French {@code reason}. The answer is 200 with one result per item, in the order sent
 * ({@code observedOn} may be left out when {@code taskRecordId} is given: the task's day is used).
 */
@Path("observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {

    /** The request body (a mutable bean: deserialised by JSON-B). */
    public static class Batch {
        public List<Item> observations;
    }

    public static class Item {
        public String uuid;
        public Long participantId;
        public Long competencyId;
        public Integer levelRank;
        public String observedOn;
        public Long taskRecordId;
        public String note;
    }

    public record BatchResult(int created, int duplicates, int rejected, List<ItemResult> results) {
    }

    @Inject
    ObservationService observations;

    @POST
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public Response record(Batch batch) {
        if (batch == null || batch.observations == null || batch.observations.isEmpty()) {
            return Response.status(400).entity(new ApiError(400, "Aucune observation dans l'envoi (champ « observations »).")).build();
        }
        List<ObservationInput> inputs = new ArrayList<>();
        List<ItemResult> unreadable = new ArrayList<>();
        for (int i = 0; i < batch.observations.size(); i++) {
            Item it = batch.observations.get(i);
            if (it == null) {
                unreadable.add(new ItemResult(i, null, ItemStatus.REJECTED, null, "Élément vide."));
                inputs.add(null);
                continue;
            }
            LocalDate day = null;
            if (it.observedOn != null && !it.observedOn.isBlank()) {
                try {
                    day = LocalDate.parse(it.observedOn.strip());
                } catch (DateTimeParseException e) {
                    unreadable.add(new ItemResult(i, it.uuid, ItemStatus.REJECTED, null,
                            "Date d'observation illisible (AAAA-MM-JJ attendu) : « " + it.observedOn + " »."));
                    inputs.add(null);
                    continue;
                }
            }
            inputs.add(new ObservationInput(it.uuid, it.participantId, it.competencyId, it.levelRank, day,
                    it.taskRecordId, it.note));
        }
        // the service numbers the readable items 0..n-1: map its results back to the positions sent
        List<Integer> positions = new ArrayList<>();
        List<ObservationInput> readable = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) != null) {
                positions.add(i);
                readable.add(inputs.get(i));
            }
        }
        List<ItemResult> all = new ArrayList<>(unreadable);
        if (!readable.isEmpty()) {
            for (ItemResult r : observations.recordObservations(readable)) {
                all.add(new ItemResult(positions.get(r.index()), r.uuid(), r.status(), r.observationId(), r.reason()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        int created = (int) all.stream().filter(r -> r.status() == ItemStatus.CREATED).count();
        int duplicates = (int) all.stream().filter(r -> r.status() == ItemStatus.DUPLICATE).count();
        return Response.ok(new BatchResult(created, duplicates, all.size() - created - duplicates, all)).build();
    }
}
