package fr.sillon.domain.framework;

import jakarta.persistence.*;

/** One level of a {@link Scale}, ordered by {@code levelRank} (0 = lowest). */
@Entity
@Table(name = "proficiency_level")
public class ProficiencyLevel {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scale_id", nullable = false)
    private Scale scale;
    @Column(name = "level_rank", nullable = false)
    private int levelRank;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(nullable = false, length = 200)
    private String label;

    protected ProficiencyLevel() {
    }

    ProficiencyLevel(Scale scale, int rank, String code, String label) {
        this.scale = scale;
        this.levelRank = rank;
        this.code = code;
        this.label = label;
    }

    public Long getId() { return id; }
    public Scale getScale() { return scale; }
    public int getLevelRank() { return levelRank; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
}
