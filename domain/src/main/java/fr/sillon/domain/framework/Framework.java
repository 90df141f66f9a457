package fr.sillon.domain.framework;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A versioned competency framework (CléA 2018, SST…) and its tree of {@link Competency competencies}.
 * Shipped frameworks have no structure and are shared by all; the others are private to their structure.
 * Only a draft can change: a published framework is immutable (records keep pointing at it), changing it
 * means a new version ({@link #newVersion}).
 */
@Entity
@Table(name = "framework")
public class Framework {
    public static final int CODE_MAX = 40;
    public static final int VERSION_MAX = 20;
    public static final int TITLE_MAX = 300;
    public static final int SOURCE_MAX = 500;
    /** Framework codes: capitals, digits, underscore and dash (e.g. CLEA_NUM, MENUISERIE-2). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    /** Versions: letters, digits, dot, dash, underscore (e.g. 2018, 1.2, 2025-a). */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    /** Competency codes: no spaces nor control characters (e.g. 1.3.4, C5, DC1). */
    private static final Pattern COMPETENCY_CODE = Pattern.compile("[^\\s\\p{Cntrl},;\"]{1,20}");

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = CODE_MAX)
    private String code;
    @Column(name = "fw_version", nullable = false, length = VERSION_MAX)
    private String fwVersion;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(length = SOURCE_MAX)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FrameworkStatus status = FrameworkStatus.DRAFT;
    /** {@code null}: shipped with Sillon and shared by all structures. */
    @Column(name = "structure_id")
    private Long structureId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scale_id", nullable = false)
    private Scale scale;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Version
    private int version;
    /** Every node of the tree, parents before their children. */
    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Competency> competencies = new ArrayList<>();

    protected Framework() {
    }

    /** A new draft framework; {@code structureId} null for a framework shared by all structures. */
    public Framework(String code, String fwVersion, String title, String source, Long structureId, Scale scale) {
        this.code = checkCode(code);
        this.fwVersion = checkVersion(fwVersion);
        this.title = checkTitle(title);
        this.source = checkSource(source);
        this.structureId = structureId;
        this.scale = Objects.requireNonNull(scale, "scale");
    }

    // ---- rules -------------------------------------------------------------------------------------

    public boolean isDraft() {
        return status == FrameworkStatus.DRAFT;
    }

    /** Shipped with Sillon, shared by all structures. */
    public boolean isShared() {
        return structureId == null;
    }

    /** Shared frameworks are visible to every structure, own ones only to their structure. */
    public boolean isVisibleTo(Long callerStructureId) {
        return structureId == null || structureId.equals(callerStructureId);
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new DomainException("framework.notDraft", code, fwVersion);
        }
    }

    /** DRAFT → PUBLISHED: from now on the framework is immutable. It needs at least one criterion. */
    public void publish(LocalDateTime now) {
        if (status != FrameworkStatus.DRAFT) {
            throw new DomainException("framework.transition", status, FrameworkStatus.PUBLISHED);
        }
        if (competencies.stream().noneMatch(c -> c.getKind() == CompetencyKind.CRITERION)) {
            throw new DomainException("framework.publish.noCriterion");
        }
        status = FrameworkStatus.PUBLISHED;
        publishedAt = now;
    }

    /** PUBLISHED → RETIRED: no more new records against it; existing ones keep pointing at it. */
    public void retire() {
        if (status != FrameworkStatus.PUBLISHED) {
            throw new DomainException("framework.transition", status, FrameworkStatus.RETIRED);
        }
        status = FrameworkStatus.RETIRED;
    }

    public void rename(String newTitle, String newSource) {
        requireDraft();
        this.title = checkTitle(newTitle);
        this.source = checkSource(newSource);
    }

    /** Adds a node under {@code parentCode} ({@code null} = at the root), after its siblings. */
    public Competency addCompetency(String parentCode, String competencyCode, CompetencyKind kind, String competencyTitle,
                                    String description) {
        requireDraft();
        String c = checkCompetencyCode(competencyCode);
        if (find(c) != null) {
            throw new DomainException("framework.competency.duplicate", c);
        }
        Competency parent = parentCode == null || parentCode.isBlank() ? null : get(parentCode.trim());
        Objects.requireNonNull(kind, "kind");
        if (!kind.allowedUnder(parent == null ? null : parent.getKind())) {
            throw new DomainException("framework.competency.kind", kind, parent == null ? "—" : parent.getKind());
        }
        String parentKey = parent == null ? null : parent.getCode();
        int position = (int) competencies.stream().filter(x -> Objects.equals(parentCode(x), parentKey)).count() + 1;
        Competency added = new Competency(this, parent, c, kind, checkCompetencyTitle(competencyTitle),
                checkDescription(description), position);
        competencies.add(added);
        return added;
    }

    public void editCompetency(String competencyCode, String newTitle, String newDescription) {
        requireDraft();
        get(competencyCode).edit(checkCompetencyTitle(newTitle), checkDescription(newDescription));
    }

    /** Removes a node that has nothing under it. */
    public void removeCompetency(String competencyCode) {
        requireDraft();
        Competency c = get(competencyCode);
        if (competencies.stream().anyMatch(x -> c.getCode().equals(parentCode(x)))) {
            throw new DomainException("framework.competency.hasChildren", c.getCode());
        }
        competencies.remove(c);
    }

    /** Adds a whole tree (from an import) to this draft, which must be empty. */
    public void addTree(List<CompetencyNode> roots) {
        requireDraft();
        for (CompetencyNode root : roots) {
            addNode(null, root);
        }
    }

    private void addNode(String parentCode, CompetencyNode node) {
        addCompetency(parentCode, node.code(), node.kind(), node.title(), node.description());
        for (CompetencyNode child : node.children()) {
            addNode(node.code(), child);
        }
    }

    /** The tree as values, children in their order. */
    public List<CompetencyNode> toTree() {
        Map<String, List<Competency>> children = new HashMap<>();
        for (Competency c : competencies) {
            children.computeIfAbsent(parentCode(c), k -> new ArrayList<>()).add(c);
        }
        return toNodes(null, children);
    }

    /** Children are grouped by the code of their parent (unique in a framework; {@code null} for the roots). */
    private static List<CompetencyNode> toNodes(String parentCode, Map<String, List<Competency>> children) {
        List<Competency> sorted = new ArrayList<>(children.getOrDefault(parentCode, List.of()));
        sorted.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
        List<CompetencyNode> out = new ArrayList<>();
        for (Competency c : sorted) {
            out.add(new CompetencyNode(c.getCode(), c.getKind(), c.getTitle(), c.getDescription(),
                    toNodes(c.getCode(), children)));
        }
        return out;
    }

    private static String parentCode(Competency c) {
        return c.getParent() == null ? null : c.getParent().getCode();
    }

    /** A new draft version of this framework (same tree), e.g. to change a published one. */
    public Framework newVersion(String newVersion, Long ownerStructureId) {
        Framework copy = new Framework(code, newVersion, title, source, ownerStructureId, scale);
        copy.addTree(toTree());
        return copy;
    }

    public Competency find(String competencyCode) {
        if (competencyCode == null) {
            return null;
        }
        Map<String, Competency> byCode = new HashMap<>();
        for (Competency c : competencies) {
            byCode.put(c.getCode(), c);
        }
        return byCode.get(competencyCode.trim());
    }

    private Competency get(String competencyCode) {
        Competency c = find(competencyCode);
        if (c == null) {
            throw new DomainException("framework.competency.unknown", competencyCode);
        }
        return c;
    }

    // ---- field checks ------------------------------------------------------------------------------

    static String checkCode(String value) {
        String v = value == null ? "" : value.trim();
        if (!CODE.matcher(v).matches()) {
            throw new DomainException("framework.code.invalid", v);
        }
        return v;
    }

    static String checkVersion(String value) {
        String v = value == null ? "" : value.trim();
        if (!VERSION.matcher(v).matches()) {
            throw new DomainException("framework.version.invalid", v);
        }
        return v;
    }

    static String checkTitle(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > TITLE_MAX) {
            throw new DomainException("framework.title.invalid", TITLE_MAX);
        }
        return v;
    }

    static String checkSource(String value) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v != null && v.length() > SOURCE_MAX) {
            throw new DomainException("framework.source.tooLong", SOURCE_MAX);
        }
        return v;
    }

    /** Whether a competency code is acceptable (1 to 20 characters, no spaces, commas, semicolons or quotes). */
    public static boolean isValidCompetencyCode(String value) {
        return value != null && COMPETENCY_CODE.matcher(value).matches();
    }

    static String checkCompetencyCode(String value) {
        String v = value == null ? "" : value.trim();
        if (!isValidCompetencyCode(v)) {
            throw new DomainException("framework.competency.code.invalid", v);
        }
        return v;
    }

    static String checkCompetencyTitle(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > Competency.TITLE_MAX) {
            throw new DomainException("framework.competency.title.invalid", Competency.TITLE_MAX);
        }
        return v;
    }

    static String checkDescription(String value) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v != null && v.length() > Competency.DESCRIPTION_MAX) {
            throw new DomainException("framework.competency.description.tooLong", Competency.DESCRIPTION_MAX);
        }
        return v;
    }

    // ---- accessors ---------------------------------------------------------------------------------

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getFwVersion() { return fwVersion; }
    public String getTitle() { return title; }
    public String getSource() { return source; }
    public FrameworkStatus getStatus() { return status; }
    public Long getStructureId() { return structureId; }
    public Scale getScale() { return scale; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
    public List<Competency> getCompetencies() { return Collections.unmodifiableList(competencies); }
}
