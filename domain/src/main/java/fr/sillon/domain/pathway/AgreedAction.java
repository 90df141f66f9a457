package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** An action agreed with the participant (after an interview, or to lift a barrier): label, due date, status. */
@MappedSuperclass
public abstract class AgreedAction {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 300)
    private String label;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status = ActionStatus.PLANNED;
    @Version
    private int version;

    protected AgreedAction() {
    }

    protected AgreedAction(String label, LocalDate dueDate) {
        this.label = label;
        this.dueDate = dueDate;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public int getVersion() { return version; }
}
