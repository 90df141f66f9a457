package fr.sillon.domain.pathway;

import jakarta.persistence.*;
import java.time.LocalDate;

/** An action agreed during an interview, with its due date and status. */
@Entity
@Table(name = "interview_action")
public class InterviewAction extends AgreedAction {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id", nullable = false, updatable = false)
    private Interview interview;

    protected InterviewAction() {
    }

    InterviewAction(Interview interview, String label, LocalDate dueDate) {
        super(label, dueDate);
        this.interview = interview;
    }

    public Interview getInterview() { return interview; }
}
