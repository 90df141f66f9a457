package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** An action planned to lift a barrier. */
@Entity
@Table(name = "barrier_action")
public class BarrierAction extends AgreedAction {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "barrier_id", nullable = false, updatable = false)
    private Barrier barrier;

    protected BarrierAction() {
    }

    BarrierAction(Barrier barrier, String label, LocalDate dueDate) {
        super(label, dueDate);
        this.barrier = barrier;
    }

    public Barrier getBarrier() { return barrier; }
}
