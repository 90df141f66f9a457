package fr.sillon.domain.funding;

import jakarta.persistence.*;

/** How a barrier was supported, for the ASP's déclaration d'accompagnement: inside the structure, outside, or both. */
@Entity
@Table(name = "funding_barrier_support")
public class BarrierSupport {
    @Id
    @Column(name = "barrier_id")
    private Long barrierId;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(nullable = false)
    private boolean inside;
    @Column(nullable = false)
    private boolean outside;
    @Version
    private int version;

    protected BarrierSupport() {
    }

    public BarrierSupport(long structureId, long barrierId) {
        this.structureId = structureId;
        this.barrierId = barrierId;
    }

    public void set(boolean inside, boolean outside) {
        this.inside = inside;
        this.outside = outside;
    }

    public Long getBarrierId() { return barrierId; }
    public boolean isInside() { return inside; }
    public boolean isOutside() { return outside; }
}
