package fr.sillon.ejb.pathway;

import fr.sillon.domain.pathway.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Read-models and commands of the pathway service (what the screens need, nothing more). */
public final class PathwayViews {
    private PathwayViews() {
    }

    /** A row of the participants list. */
    public record ParticipantRow(long pathwayId, long participantId, String lastName, String firstName,
                                 LocalDate entryDate, PathwayStatus status, LocalDate contractEnd,
                                 String supervisorName) {
    }

    /** Creation of a participant and of their pathway. */
    public record NewParticipant(String firstName, String lastName, LocalDate birthDate, String email, String phone,
                                 String address, String postalCode, String city, EducationLevel educationLevel,
                                 String franceTravailId, String passIaeNumber, LocalDate passIaeStart,
                                 LocalDate passIaeEnd, PrescriberKind prescriberKind, String prescriberName,
                                 Set<EligibilityCriterion> criteria, boolean rqth, LocalDate entryDate,
                                 Long supervisorId, Long coordinatorId) {
        /** The minimum: a name and an entry date. */
        public static NewParticipant of(String firstName, String lastName, LocalDate birthDate, LocalDate entryDate) {
            return new NewParticipant(firstName, lastName, birthDate, null, null, null, null, null, null, null, null,
                    null, null, null, null, Set.of(), false, entryDate, null, null);
        }
    }

    /**
     * A pathway with the identity of its participant. Sensitive items (RQTH, TH and DETENTION_MJ criteria) are
     * {@code null}/absent unless the reader is a coordinator ({@code sensitiveShown}).
     */
    public record PathwayDetail(long pathwayId, long participantId, String firstName, String lastName,
                                LocalDate birthDate, String email, String phone, String address, String postalCode,
                                String city, EducationLevel educationLevel, String franceTravailId,
                                String passIaeNumber, LocalDate passIaeStart, LocalDate passIaeEnd,
                                PrescriberKind prescriberKind, String prescriberName,
                                Set<EligibilityCriterion> criteria, Boolean rqth, LocalDate entryDate,
                                PathwayStatus status, String supervisorName, String coordinatorName,
                                boolean sensitiveShown, int participantVersion) implements java.io.Serializable {
        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** A CDDI or renewal to record; its kind (initial or renewal) follows from the contracts already signed. */
    public record ContractRequest(LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours,
                                  ContractException exception, LocalDate trainingEnd, boolean hoursDerogation,
                                  String derogationReference, LocalDate trainingStart,
                                  fr.sillon.domain.pathway.ProlongationDecision decision) {
        public ContractRequest(LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours,
                               ContractException exception, LocalDate trainingEnd, boolean hoursDerogation,
                               String derogationReference) {
            this(start, plannedEnd, weeklyHours, exception, trainingEnd, hoursDerogation, derogationReference, null,
                    null);
        }

        public static ContractRequest of(LocalDate start, LocalDate plannedEnd, String weeklyHours) {
            return new ContractRequest(start, plannedEnd, new BigDecimal(weeklyHours), ContractException.NONE, null,
                    false, null);
        }
    }

    public record ContractView(long id, ContractKind kind, LocalDate start, LocalDate plannedEnd,
                               BigDecimal weeklyHours, ContractException exception, LocalDate trainingEnd,
                               boolean hoursDerogation, String derogationReference, LocalDate trainingStart,
                               fr.sillon.domain.pathway.ProlongationDecision decision) implements java.io.Serializable {
        public ContractView(long id, ContractKind kind, LocalDate start, LocalDate plannedEnd,
                            BigDecimal weeklyHours, ContractException exception, LocalDate trainingEnd,
                            boolean hoursDerogation, String derogationReference) {
            this(id, kind, start, plannedEnd, weeklyHours, exception, trainingEnd, hoursDerogation, derogationReference,
                    null, null);
        }

    }

    public record ActionView(long id, String label, LocalDate dueDate, ActionStatus status) implements java.io.Serializable {
    }

    /** An action to agree with a due date. */
    public record NewAction(String label, LocalDate dueDate) {
    }

    /** An interview; {@code privateNotes} is null unless the reader is a coordinator. */
    public record InterviewView(long id, InterviewKind kind, LocalDate heldOn, String authorName, String summary,
                                String privateNotes, List<ActionView> actions) implements java.io.Serializable {
    }

    /**
     * A barrier. For a sensitive barrier read by a non-coordinator, {@code hidden} is true and the category, the
     * detail and the actions are withheld.
     */
    public record BarrierView(long id, BarrierCategory category, BarrierStatus status, boolean sensitive,
                              boolean hidden, String detail, LocalDate identifiedOn, LocalDate liftedOn,
                              List<ActionView> actions) implements java.io.Serializable {
    }

    public record ImmersionRequest(String hostName, String hostSiret, LocalDate start, LocalDate end,
                                   ImmersionObjective objective, String objectiveDetail, Long renewalOfId) {
    }

    public record ImmersionView(long id, String hostName, String hostSiret, LocalDate start, LocalDate end,
                                ImmersionObjective objective, String objectiveDetail, ImmersionOutcome outcome,
                                String outcomeNote, Long renewalOfId) implements java.io.Serializable {
    }

    public record TrainingRequest(TrainingKind kind, String title, String organisation, LocalDate start,
                                  LocalDate end, BigDecimal hours, LocalDate certificateDate, String certificateRef,
                                  Map<Integer, CleaResult> cleaResults) {
    }

    public record TrainingView(long id, TrainingKind kind, String title, String organisation, LocalDate start,
                               LocalDate end, BigDecimal hours, LocalDate certificateDate, LocalDate expiresOn,
                               String certificateRef, Map<Integer, CleaResult> cleaResults) implements java.io.Serializable {
    }

    public record ExitView(LocalDate exitDate, ExitMotive motive, String aspCode, ExitCategory category,
                           String comment) implements java.io.Serializable {
        public boolean dynamic() {
            return category.isDynamic();
        }
    }

    /** Kinds of events of a pathway's timeline. */
    public enum TimelineKind {
        ENTRY, CONTRACT, RENEWAL, INTERVIEW, BARRIER, IMMERSION, TRAINING, VALIDATION, EXIT
    }

    /** One event of a pathway's timeline: a date, what happened, and a short text (data, not sentences). */
    public record TimelineEvent(LocalDate date, TimelineKind kind, String text) implements java.io.Serializable {
    }

    /** A referent assignment as coordinators see it. */
    public record ReferentView(long id, long referentId, String referentName, String organisation,
                               LocalDate consentRecordedOn, boolean barriersConsent, boolean active) implements java.io.Serializable {
    }

    /** A staff member of the structure to choose as supervisor or coordinator of a pathway. */
    public record StaffMember(long id, String displayName) implements java.io.Serializable {
    }

    // ------------------------------------------------------------------ what other contexts may read of a pathway

    public record ContractLine(ContractKind kind, LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours) implements Serializable {
    }

    /** An interview as a referent may know it: its date and kind, never its content. */
    public record InterviewLine(LocalDate heldOn, InterviewKind kind) implements Serializable {
    }

    public record ImmersionLine(String hostName, LocalDate start, LocalDate end, ImmersionObjective objective,
                                ImmersionOutcome outcome) implements Serializable {
    }

    public record TrainingLine(TrainingKind kind, String title, String organisation, LocalDate start, LocalDate end,
                               BigDecimal hours, LocalDate certificateDate, LocalDate expiresOn) implements Serializable {
    }

    public record ExitLine(LocalDate exitDate, ExitMotive motive, ExitCategory category) implements Serializable {
    }

    /** A barrier shared with a referent: its category and status only (never detail, never health or justice). */
    public record BarrierLine(BarrierCategory category, BarrierStatus status) implements Serializable {
    }

    /** The head of a pathway for a summary: its participant and structure. */
    public record PathwayHead(long pathwayId, long participantId, String participantName, long structureId,
                              String structureName, String structureCity, LocalDate entryDate, PathwayStatus status) {
    }

    /** A pathway assigned to a referent, with the end of its last contract and the consent recorded. */
    public record AssignedPathway(long pathwayId, String participantName, String structureName, LocalDate entryDate,
                                  PathwayStatus status, LocalDate contractEnd, LocalDate consentRecordedOn) {
    }

    /** A referent's assignment to a pathway: when the consent was recorded, and whether it covers barriers. */
    public record Assignment(LocalDate consentRecordedOn, boolean barriersConsent) {
    }

    /** The participant record linked to an account, with the name of their structure. */
    public record LinkedParticipant(long participantId, String firstName, String structureName) {
    }

    /** The pathway a participant sees (the active one, else the latest) and its supervisor. */
    public record CurrentPathway(long pathwayId, LocalDate entryDate, String supervisorName) {
    }

    /** A pathway as a certificate states it: the participant, the structure issuing it, entry and exit. */
    public record CertifiedPathway(long participantId, LocalDate entryDate, String firstName, String lastName,
                                   String structureName, String structureAddress, String structureCity,
                                   String signatoryName, String signatoryRole, LocalDate exitDate) {
    }

    /** A participant's id and full name. */
    public record ParticipantName(long id, String fullName) {
    }

    /** Whose a participant record is, to decide whether a caller may read it. */
    public record ParticipantAccess(long participantId, long structureId, Long userAccountId, String fullName) {
    }
}
