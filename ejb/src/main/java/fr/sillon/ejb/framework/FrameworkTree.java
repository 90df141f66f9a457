package fr.sillon.ejb.framework;

import fr.sillon.domain.framework.CompetencyKind;
import java.io.Serializable;
import java.util.List;

/** A framework and its whole tree. */
public record FrameworkTree(FrameworkSummary framework, String source, String scaleCode, boolean editable,
                            List<TreeNode> nodes) implements Serializable {
    public long count(CompetencyKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).count();
    }

    public TreeNode node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst().orElse(null);
    }
}
