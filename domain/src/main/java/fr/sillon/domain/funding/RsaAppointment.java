package fr.sillon.domain.funding;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An appointment proposed to a person (an RSA beneficiary, for the Département): its date, its kind and what became
 * of it. A missed appointment carries its reason (the absence reasons: santé, administratif, garde d'enfant,
 * transport, autre — never « injustifié »); only a day already come can be attended or missed.
 */
@Entity
@Table(name = "funding_appointment")
public class RsaAppointment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "pathway_id", nullable = false, updatable = false)
    private Long pathwayId;
    @Column(name = "proposed_for", nullable = false)
    private LocalDate proposedFor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AppointmentOutcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "missed_reason", length = 20)
    private AbsenceReason missedReason;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Version
    private int version;

    protected RsaAppointment() {
    }

    /** A proposed appointment of a pathway: a date and a kind are required. */
    public RsaAppointment(long structureId, long pathwayId, LocalDate proposedFor, AppointmentKind kind, String by) {
        if (proposedFor == null || kind == null) {
            throw new DomainException("funding.appointment.required");
        }
        this.structureId = structureId;
        this.pathwayId = pathwayId;
        this.proposedFor = proposedFor;
        this.kind = kind;
        this.outcome = AppointmentOutcome.PROPOSED;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now();
    }

    /**
     * Records what became of it. Missed needs a reason and only missed has one; attended or missed only once the day
     * has come ({@code today} or before).
     */
    public void settle(AppointmentOutcome outcome, AbsenceReason reason, LocalDate today, String by) {
        check(outcome, reason, proposedFor, today);
        this.outcome = outcome;
        this.missedReason = outcome == AppointmentOutcome.MISSED ? reason : null;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now();
    }

    /** The rule of an outcome, apart so that it is tested at its boundaries. */
    public static void check(AppointmentOutcome outcome, AbsenceReason reason, LocalDate day, LocalDate today) {
        if (outcome == null) {
            throw new DomainException("funding.appointment.outcome");
        }
        if (outcome == AppointmentOutcome.MISSED && reason == null) {
            throw new DomainException("funding.appointment.reason");
        }
        if (outcome != AppointmentOutcome.MISSED && reason != null) {
            throw new DomainException("funding.appointment.reasonOnlyMissed");
        }
        if ((outcome == AppointmentOutcome.ATTENDED || outcome == AppointmentOutcome.MISSED) && day.isAfter(today)) {
            throw new DomainException("funding.appointment.future");
        }
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Long getPathwayId() { return pathwayId; }
    public LocalDate getProposedFor() { return proposedFor; }
    public AppointmentKind getKind() { return kind; }
    public AppointmentOutcome getOutcome() { return outcome; }
    public AbsenceReason getMissedReason() { return missedReason; }
}
