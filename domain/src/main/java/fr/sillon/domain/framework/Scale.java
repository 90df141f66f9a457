package fr.sillon.domain.framework;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** An ordered scale of proficiency levels; a criterion counts as acquired from {@link #getAcquiredRank()}. */
@Entity
@Table(name = "scale")
public class Scale {
    /** The default scale, suited to observation at work (0 Non observé … 4 Maîtrise), acquired from 3 Autonome. */
    public static final String OBSERVATION = "OBSERVATION";

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 40, unique = true)
    private String code;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "acquired_rank", nullable = false)
    private int acquiredRank;
    @Version
    private int version;
    @OneToMany(mappedBy = "scale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("levelRank")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    protected Scale() {
    }

    public Scale(String code, String title, int acquiredRank) {
        this.code = code;
        this.title = title;
        this.acquiredRank = acquiredRank;
    }

    public ProficiencyLevel addLevel(int rank, String levelCode, String label) {
        ProficiencyLevel level = new ProficiencyLevel(this, rank, levelCode, label);
        levels.add(level);
        return level;
    }

    /** Whether an observation at this rank counts as acquired on this scale. */
    public boolean isAcquired(int rank) {
        return rank >= acquiredRank;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getAcquiredRank() { return acquiredRank; }
    public int getVersion() { return version; }
    public List<ProficiencyLevel> getLevels() { return List.copyOf(levels); }
}
