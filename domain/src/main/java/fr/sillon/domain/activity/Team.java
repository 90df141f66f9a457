package fr.sillon.domain.activity;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A team of participants led by a supervisor (encadrant technique). */
@Entity
@Table(name = "team")
public class Team {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @NotBlank @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;
    /** user_account id of the supervisor leading the team. */
    @Column(name = "supervisor_id", nullable = false)
    private Long supervisorId;
    @Column(nullable = false)
    private boolean active = true;
    @Version
    private int version;
    /** participant ids (pathway context). */
    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "participant_id", nullable = false)
    private Set<Long> memberIds = new LinkedHashSet<>();

    protected Team() {
    }

    public Team(long structureId, String name, long supervisorId) {
        this.structureId = structureId;
        this.name = name;
        this.supervisorId = supervisorId;
    }

    public void replaceMembers(Collection<Long> participantIds) {
        memberIds.clear();
        memberIds.addAll(participantIds);
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getSupervisorId() { return supervisorId; }
    public void setSupervisorId(Long supervisorId) { this.supervisorId = supervisorId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public Set<Long> getMemberIds() { return Set.copyOf(memberIds); }
}
