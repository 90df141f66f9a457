package fr.sillon.ejb.framework;

import fr.sillon.domain.framework.CompetencyKind;
import java.io.Serializable;

/**
 * One node of a tree, in display order (parents before children, siblings by position), with the number of
 * its direct children and of the criteria under it (computed in SQL).
 */
public record TreeNode(long id, Long parentId, int depth, String code, CompetencyKind kind, String title,
                       String description, int position, long children, long criteria) implements Serializable {
}
