package fr.sillon.domain.framework;

import java.util.List;

/**
 * A framework as a file carries it: identification (may be null in a CSV file, which only holds the tree)
 * and the tree of competencies.
 */
public record FrameworkDocument(String code, String version, String title, String source, List<CompetencyNode> roots) {
    public FrameworkDocument {
        roots = roots == null ? List.of() : List.copyOf(roots);
    }

    public static FrameworkDocument of(Framework f) {
        return new FrameworkDocument(f.getCode(), f.getFwVersion(), f.getTitle(), f.getSource(), f.toTree());
    }

    public int count(CompetencyKind kind) {
        return roots.stream().mapToInt(n -> n.count(kind)).sum();
    }
}
