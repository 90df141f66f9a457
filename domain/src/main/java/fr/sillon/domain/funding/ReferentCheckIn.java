package fr.sillon.domain.funding;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A check-in with the person's referent (RSA référent unique, France Travail adviser…): the day, who, and a short
 * note, which leaves the structure (the Département's sheet) only when it is flagged shareable.
 */
@Entity
@Table(name = "funding_checkin")
public class ReferentCheckIn {
    public static final int NOTE_MAX = 500;
    public static final int REFERENT_MAX = 200;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(name = "pathway_id", nullable = false, updatable = false)
    private Long pathwayId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "referent_name", nullable = false, length = REFERENT_MAX)
    private String referentName;
    @Column(length = NOTE_MAX)
    private String note;
    @Column(nullable = false)
    private boolean shareable;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Version
    private int version;

    protected ReferentCheckIn() {
    }

    /** A check-in held on {@code heldOn} (not after {@code today}) with a named referent; the note is optional. */
    public ReferentCheckIn(long structureId, long pathwayId, LocalDate heldOn, String referentName, String note,
                           boolean shareable, LocalDate today, String by) {
        String referent = referentName == null ? "" : referentName.strip();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (heldOn == null || referent.isEmpty()) {
            throw new DomainException("funding.checkin.required");
        }
        if (heldOn.isAfter(today)) {
            throw new DomainException("funding.checkin.future");
        }
        if (referent.length() > REFERENT_MAX) {
            throw new DomainException("funding.checkin.referentTooLong", REFERENT_MAX);
        }
        if (text != null && text.length() > NOTE_MAX) {
            throw new DomainException("funding.checkin.noteTooLong", NOTE_MAX);
        }
        this.structureId = structureId;
        this.pathwayId = pathwayId;
        this.heldOn = heldOn;
        this.referentName = referent;
        this.note = text;
        this.shareable = shareable;
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now();
    }

    /** The note as it may leave the structure: the note when shareable, null otherwise. */
    public String sharedNote() {
        return shareable ? note : null;
    }

    public Long getId() { return id; }
    public Long getPathwayId() { return pathwayId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getReferentName() { return referentName; }
    public String getNote() { return note; }
    public boolean isShareable() { return shareable; }
}
