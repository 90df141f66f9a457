package fr.sillon.domain.access;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** One line of the append-only audit trail: never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    public enum Outcome { OK, REFUSED, FAILED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private LocalDateTime at;
    @Column(name = "actor_login", length = 100, updatable = false)
    private String actorLogin;
    @Column(name = "structure_id", updatable = false)
    private Long structureId;
    @Column(nullable = false, length = 60, updatable = false)
    private String action;
    @Column(name = "target_type", length = 60, updatable = false)
    private String targetType;
    @Column(name = "target_id", length = 60, updatable = false)
    private String targetId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Outcome outcome;
    @Column(length = 1000, updatable = false)
    private String detail;
    /** The structure owning the record a refused attempt aimed at, when it is not the actor's (issue 14). */
    @Column(name = "target_structure_id", updatable = false)
    private Long targetStructureId;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, String actorLogin, Long structureId, String action,
                      String targetType, String targetId, Outcome outcome, String detail) {
        this.at = at;
        this.actorLogin = actorLogin;
        this.structureId = structureId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /** The structure owning the target (for a refusal on another structure's record). */
    public AuditEntry onStructure(Long targetStructureId) {
        this.targetStructureId = targetStructureId;
        return this;
    }

    public Long getTargetStructureId() { return targetStructureId; }
    public Long getId() { return id; }
    public LocalDateTime getAt() { return at; }
    public String getActorLogin() { return actorLogin; }
    public Long getStructureId() { return structureId; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public Outcome getOutcome() { return outcome; }
    public String getDetail() { return detail; }
}
