package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** An action agreed during an interview, with its due date and status. */
@Entity
@Table(name = "interview_action")
public class InterviewAction {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id", nullable = false, updatable = false)
    private Interview interview;
    @Column(nullable = false, length = 300)
    private String label;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status = ActionStatus.PLANNED;
    @Version
    private int version;

    protected InterviewAction() {
    }

    InterviewAction(Interview interview, String label, LocalDate dueDate) {
        this.interview = interview;
        this.label = label;
        this.dueDate = dueDate;
    }

    public Long getId() { return id; }
    public Interview getInterview() { return interview; }
    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public int getVersion() { return version; }
}
