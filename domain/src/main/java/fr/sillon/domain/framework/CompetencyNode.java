package fr.sillon.domain.framework;

import java.util.List;

/**
 * A competency and its sub-tree as a value: what is imported, exported, compared and copied.
 * Two trees are equal when they have the same codes, kinds, titles, descriptions and order.
 */
public record CompetencyNode(String code, CompetencyKind kind, String title, String description,
                             List<CompetencyNode> children) {
    public CompetencyNode {
        description = description == null || description.isBlank() ? null : description;
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static CompetencyNode leaf(String code, CompetencyKind kind, String title) {
        return new CompetencyNode(code, kind, title, null, List.of());
    }

    /** Number of nodes of this sub-tree (itself included) having the given kind. */
    public int count(CompetencyKind k) {
        int n = kind == k ? 1 : 0;
        for (CompetencyNode c : children) {
            n += c.count(k);
        }
        return n;
    }
}
