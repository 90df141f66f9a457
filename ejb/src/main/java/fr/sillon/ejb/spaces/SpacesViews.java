package fr.sillon.ejb.spaces;

import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.ExitMotive;
import fr.sillon.domain.pathway.ImmersionObjective;
import fr.sillon.domain.pathway.ImmersionOutcome;
import fr.sillon.domain.pathway.InterviewKind;
import fr.sillon.domain.pathway.PathwayStatus;
import fr.sillon.domain.pathway.TrainingKind;
import fr.sillon.ejb.assessment.AssessmentViews.ParticipantProgress;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import fr.sillon.ejb.pathway.PathwayViews.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Read-models of the participant and referent spaces: what their screens (and the summary PDF) show, nothing more. */
public final class SpacesViews {
    private SpacesViews() {
    }

    // ------------------------------------------------------------------ participant space « Mon parcours »

    /** Everything « Mon parcours » shows to the participant about themself. {@code linked} false: no record yet. */
    public record MyPathway(boolean linked, String firstName, String structureName, LocalDate entryDate,
                            String supervisorName, ContractLine currentContract, int renewals, LocalDate nextInterview,
                            ParticipantProgress progress, List<RecentObservation> recent,
                            List<ValidatedCriterion> validated, List<CertificateRow> certificates) implements Serializable {
        public static MyPathway notLinked() {
            return new MyPathway(false, null, null, null, null, null, 0, null, null, List.of(), List.of(), List.of());
        }

        public long daysToContractEnd() {
            return currentContract == null ? -1
                    : java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(), currentContract.plannedEnd());
        }
    }

    /** Something the participant did and what their supervisor noted (one observation). */
    public record RecentObservation(LocalDate date, String taskName, String frameworkCode, String criterionCode,
                                    String criterionTitle, int levelRank, String levelLabel, String note,
                                    String observerName) implements Serializable {
    }

    /** A criterion validated (active validation). */
    public record ValidatedCriterion(String frameworkCode, String frameworkTitle, String criterionCode,
                                     String criterionTitle, LocalDate validatedOn, String validatedBy) implements Serializable {
    }

    // ------------------------------------------------------------------ referent space

    /** A pathway assigned to the calling referent (any structure). */
    public record FollowedPathway(long pathwayId, String participantName, String structureName, LocalDate entryDate,
                                  PathwayStatus status, LocalDate contractEnd, LocalDate consentRecordedOn) implements Serializable {
    }

    /** Progress in one framework: criteria validated, observed (in progress), out of all. */
    public record FrameworkLine(String frameworkCode, String frameworkTitle, int total, int validated, int inProgress) implements Serializable {
        public int percentValidated() {
            return total == 0 ? 0 : Math.round(100f * validated / total);
        }
    }

    public record CertificateLine(long id, String number, LocalDateTime issuedAt, String status) implements Serializable {
    }

    /**
     * The summary of a pathway for its assigned referent (design §2, gdpr.md §3). Barriers are shown only when the
     * participant consented ({@code barriersShown}); interviews are dates and kinds only.
     */
    public record ReferentSummary(long pathwayId, String participantName, String structureName, String structureCity,
                                  LocalDate entryDate, PathwayStatus status, LocalDate consentRecordedOn,
                                  List<ContractLine> contracts, List<InterviewLine> interviews,
                                  List<ImmersionLine> immersions, List<TrainingLine> trainings,
                                  List<FrameworkLine> progress, List<ValidatedCriterion> validations,
                                  List<CertificateLine> certificates, ExitLine exit, boolean barriersShown,
                                  List<BarrierLine> barriers) implements Serializable {
        public int interviewCount() {
            return interviews.size();
        }
    }
}
