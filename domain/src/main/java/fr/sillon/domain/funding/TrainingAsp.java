package fr.sillon.domain.funding;

import jakarta.persistence.*;

/** The ASP objective and type of a training of a pathway (the ASP's training transmission). */
@Entity
@Table(name = "funding_training_asp")
public class TrainingAsp {
    @Id
    @Column(name = "training_id", nullable = false, updatable = false)
    private Long trainingId;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AspTrainingObjective objective;
    @Enumerated(EnumType.STRING)
    @Column(name = "training_type", length = 30)
    private AspTrainingType type;
    @Version
    private int version;

    protected TrainingAsp() {
    }

    public TrainingAsp(long structureId, long trainingId) {
        this.structureId = structureId;
        this.trainingId = trainingId;
    }

    public void set(AspTrainingObjective objective, AspTrainingType type) {
        this.objective = objective;
        this.type = type;
    }

    public Long getTrainingId() { return trainingId; }
    public AspTrainingObjective getObjective() { return objective; }
    public AspTrainingType getType() { return type; }
}
