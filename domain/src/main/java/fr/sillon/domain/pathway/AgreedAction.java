package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

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

    /**
     * Adds to {@code actions} the action that {@code create} makes of a label (trimmed) and a due date: the one rule of
     * both kinds of agreed actions. A missing or blank label adds nothing (null is returned).
     */
    static <A extends AgreedAction> A add(List<A> actions, String label, LocalDate dueDate,
                                          BiFunction<String, LocalDate, A> create) {
        if (label == null || label.isBlank()) {
            return null;
        }
        A action = create.apply(label.trim(), dueDate);
        actions.add(action);
        return action;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public int getVersion() { return version; }
}
