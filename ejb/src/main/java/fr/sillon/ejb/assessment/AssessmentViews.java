package fr.sillon.ejb.assessment;

import fr.sillon.domain.assessment.ValidationStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Read-models and inputs of the assessment context. */
public final class AssessmentViews {
    private AssessmentViews() {
    }

    public record LevelOption(int rank, String code, String label) implements Serializable {
    }

    public record GridParticipant(long id, String name) implements Serializable {
    }

    public record GridCriterion(long id, String frameworkCode, String code, String title, long scaleId)
            implements Serializable {
        public String label() {
            return frameworkCode + " " + code;
        }
    }

    /** An observation already saved for this task (the latest of its correction chain). */
    public record ExistingCell(long participantId, long competencyId, long observationId, int levelRank)
            implements Serializable {
    }

    /** Everything the tablet grid needs for one task record, in one call. */
    public record ObservationGrid(long taskRecordId, LocalDate performedOn, String taskTypeName, String siteName,
                                  List<GridParticipant> participants, List<GridCriterion> criteria,
                                  Map<Long, List<LevelOption>> levelsByScale, List<ExistingCell> existing)
            implements Serializable {
    }

    /** One cell of the grid as the supervisor left it; {@code levelRank} null or 0 = « non observé ». */
    public record GridCell(long participantId, long competencyId, Integer levelRank, String uuid) implements Serializable {
    }

    public record GridSave(long taskRecordId, List<GridCell> cells, Map<Long, String> notesByParticipant)
            implements Serializable {
    }

    public record SaveSummary(int created, int corrected, int unchanged) implements Serializable {
    }

    /** One observation sent by a field device (or built from the grid). */
    public record ObservationInput(String uuid, Long participantId, Long competencyId, Integer levelRank,
                                   LocalDate observedOn, Long taskRecordId, String note) implements Serializable {
    }

    public enum ItemStatus { CREATED, DUPLICATE, REJECTED }

    /** Outcome of one item of a batch: created, already there (same client UUID), or rejected with a French reason. */
    public record ItemResult(int index, String uuid, ItemStatus status, Long observationId, String reason)
            implements Serializable {
    }

    public record HistoryRow(long id, LocalDate observedOn, LocalDateTime recordedAt, long competencyId,
                             String frameworkCode, String criterionCode, String criterionTitle, int levelRank,
                             String levelLabel, String observerName, String taskTypeName, String note,
                             Long supersedesId, String correctionReason, Long supersededById) implements Serializable {
        public boolean superseded() {
            return supersededById != null;
        }
    }

    /** A criterion meeting the validation policy for a participant, not yet validated. */
    public record Proposal(long participantId, String participantName, long competencyId, String frameworkCode,
                           String criterionCode, String criterionTitle, int observationsAtOrAbove, int distinctDays,
                           int latestRank, LocalDate lastObservedOn) implements Serializable {
    }

    public record DecisionRow(long id, long participantId, String participantName, long competencyId,
                              String frameworkCode, String criterionCode, String criterionTitle,
                              ValidationStatus status, String decidedByName, LocalDateTime decidedAt, String note,
                              String revokedByName, LocalDateTime revokedAt, String revokeReason, int evidenceCount,
                              int version) implements Serializable {
    }

    public record DomainProgress(String domainCode, String domainTitle, int total, int validated, int inProgress)
            implements Serializable {
        public int notObserved() {
            return total - validated - inProgress;
        }
    }

    public record FrameworkProgress(long frameworkId, String frameworkCode, String frameworkTitle, int total,
                                    int validated, int inProgress, List<DomainProgress> domains) implements Serializable {
        public int notObserved() {
            return total - validated - inProgress;
        }
    }

    public record ParticipantProgress(long participantId, String participantName, List<FrameworkProgress> frameworks)
            implements Serializable {
    }
}
