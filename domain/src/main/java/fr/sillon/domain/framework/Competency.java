package fr.sillon.domain.framework;

import jakarta.persistence.*;

/**
 * A node of a framework tree (domain, sub-domain, criterion or item) with its official code
 * ({@code 1.3.4}, {@code C5}…). Changed only through its {@link Framework}, and only while the framework is a draft.
 */
@Entity
@Table(name = "competency")
public class Competency {
    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = 500;
    public static final int DESCRIPTION_MAX = 2000;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private Framework framework;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Competency parent;
    @Column(nullable = false, length = CODE_MAX)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CompetencyKind kind;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(length = DESCRIPTION_MAX)
    private String description;
    @Column(nullable = false)
    private int position;
    @Version
    private int version;

    protected Competency() {
    }

    Competency(Framework framework, Competency parent, String code, CompetencyKind kind, String title,
               String description, int position) {
        this.framework = framework;
        this.parent = parent;
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.position = position;
    }

    void edit(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public Long getId() { return id; }
    public Framework getFramework() { return framework; }
    public Competency getParent() { return parent; }
    public String getCode() { return code; }
    public CompetencyKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public int getPosition() { return position; }
    public int getVersion() { return version; }
}
