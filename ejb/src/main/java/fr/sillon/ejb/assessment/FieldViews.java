package fr.sillon.ejb.assessment;

import fr.sillon.ejb.assessment.AssessmentViews.ItemStatus;
import fr.sillon.ejb.assessment.AssessmentViews.LevelOption;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the field app reads for a day and sends back (issue 11): plain records, serialised as they are by the API. */
public final class FieldViews {
    private FieldViews() {
    }

    /** Everything a tablet needs to work the whole day without network, read in one call. */
    public record FieldDay(LocalDate day, long supervisorId, String supervisorName, List<FieldTeam> teams,
                           List<FieldPerson> participants, List<FieldSite> sites, List<FieldTaskType> taskTypes,
                           List<FieldCriterion> criteria, List<FieldScale> scales, List<FieldTask> tasks,
                           List<FieldObserved> observed, List<FieldEvidence> recent) implements Serializable {
    }

    public record FieldTeam(long id, String name, List<Long> memberIds) implements Serializable {
    }

    public record FieldPerson(long id, String name) implements Serializable {
    }

    public record FieldSite(long id, String name) implements Serializable {
    }

    public record FieldTaskType(long id, String name, List<Long> criterionIds) implements Serializable {
    }

    public record FieldCriterion(long id, String frameworkCode, String code, String title, long scaleId)
            implements Serializable {
    }

    public record FieldScale(long id, List<LevelOption> levels) implements Serializable {
    }

    /** A task record of the day; {@code uuid} is the device's when it was recorded by the field app. */
    public record FieldTask(long id, String uuid, LocalDate performedOn, long siteId, String siteName, long taskTypeId,
                            String taskTypeName, Long teamId, int durationMinutes, List<Long> participantIds,
                            String note) implements Serializable {
    }

    /** An observation already saved for a task of the day (the latest of its correction chain). */
    public record FieldObserved(String uuid, long taskRecordId, long participantId, long competencyId, int levelRank,
                                String note) implements Serializable {
    }

    /** One of the latest observations of a participant of the day (recent evidence). */
    public record FieldEvidence(long participantId, LocalDate observedOn, String criterion, String levelLabel,
                                String taskTypeName, String note) implements Serializable {
    }

    /** A task record made on a device, identified by the UUID the device gave it. */
    public record FieldTaskInput(String uuid, LocalDate performedOn, Long siteId, Long taskTypeId, Long teamId,
                                 Integer durationMinutes, List<Long> participantIds, String note)
            implements Serializable {
    }

    /** Outcome of one task sent: created, already recorded (same UUID: same record), or rejected with a French reason. */
    public record FieldTaskResult(int index, String uuid, ItemStatus status, Long taskRecordId, String reason)
            implements Serializable {
    }

    /** An observation from a device; its task by id (made online) or by the device's UUID (made offline). */
    public record FieldObservationInput(String uuid, Long participantId, Long competencyId, Integer levelRank,
                                        LocalDate observedOn, Long taskRecordId, String taskUuid, String note)
            implements Serializable {
    }
}
