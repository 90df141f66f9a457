package fr.sillon.domain.pathway;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.UserAccount;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A follow-up interview. Private notes are the CIP's: coordinators only. */
@Entity
@Table(name = "interview")
public class Interview {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
    private Pathway pathway;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InterviewKind kind;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;
    @Column(length = 1000)
    private String summary;
    @Column(name = "private_notes", length = 4000)
    private String privateNotes;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;
    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<InterviewAction> actions = new ArrayList<>();

    protected Interview() {
    }

    public Interview(Pathway pathway, InterviewKind kind, LocalDate heldOn, UserAccount author) {
        if (heldOn == null || kind == null) {
            throw new DomainException("pathway.interview.dateRequired");
        }
        this.pathway = pathway;
        this.structureId = pathway.getStructureId();
        this.kind = kind;
        this.heldOn = heldOn;
        this.author = author;
    }

    /** Adds an agreed action (label trimmed); a blank label adds nothing (null returned). */
    public InterviewAction addAction(String label, LocalDate dueDate) {
        return AgreedAction.add(actions, label, dueDate, (l, d) -> new InterviewAction(this, l, d));
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public Pathway getPathway() { return pathway; }
    public InterviewKind getKind() { return kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public UserAccount getAuthor() { return author; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPrivateNotes() { return privateNotes; }
    public void setPrivateNotes(String privateNotes) { this.privateNotes = privateNotes; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
    public List<InterviewAction> getActions() { return actions; }
}
