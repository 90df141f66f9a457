package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** An action planned to lift a barrier. */
@Entity
@Table(name = "barrier_action")
public class BarrierAction {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "barrier_id", nullable = false, updatable = false)
    private Barrier barrier;
    @Column(nullable = false, length = 300)
    private String label;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status = ActionStatus.PLANNED;
    @Version
    private int version;

    protected BarrierAction() {
    }

    BarrierAction(Barrier barrier, String label, LocalDate dueDate) {
        this.barrier = barrier;
        this.label = label;
        this.dueDate = dueDate;
    }

    public Long getId() { return id; }
    public Barrier getBarrier() { return barrier; }
    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public int getVersion() { return version; }
}
