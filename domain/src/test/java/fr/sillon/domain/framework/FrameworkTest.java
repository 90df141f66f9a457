package fr.sillon.domain.framework;

import static fr.sillon.domain.framework.CompetencyKind.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FrameworkTest {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 1, 10, 0);

    static Scale scale() {
        Scale s = new Scale(Scale.OBSERVATION, "Observation", 3);
        s.addLevel(0, "NOT_OBSERVED", "Non observé");
        s.addLevel(3, "AUTONOMOUS", "Autonome");
        return s;
    }

    static Framework small() {
        Framework f = new Framework("MENUISERIE", "1", "Menuiserie", null, 7L, scale());
        f.addCompetency(null, "1", DOMAIN, "Préparer", null);
        f.addCompetency("1", "1.1", CRITERION, "Lire un plan", "plan côté");
        f.addCompetency("1", "1.2", CRITERION, "Débiter", null);
        f.addCompetency(null, "2", DOMAIN, "Assembler", null);
        f.addCompetency("2", "2.1", CRITERION, "Coller", null);
        return f;
    }

    static String key(Executable e) {
        return assertThrows(DomainException.class, e).getKey();
    }

    @Test
    void aNewFrameworkIsADraftOfItsStructure() {
        Framework f = small();
        assertEquals(FrameworkStatus.DRAFT, f.getStatus());
        assertTrue(f.isDraft());
        assertFalse(f.isShared());
        assertTrue(f.isVisibleTo(7L));
        assertFalse(f.isVisibleTo(8L));
        assertFalse(f.isVisibleTo(null));
    }

    @Test
    void aSharedFrameworkIsVisibleToEveryStructure() {
        Framework f = new Framework("CLEA", "2018", "CléA", null, null, scale());
        assertTrue(f.isShared());
        assertTrue(f.isVisibleTo(7L));
        assertTrue(f.isVisibleTo(8L));
    }

    @Test
    void lifeCycleGoesDraftPublishedRetired() {
        Framework f = small();
        f.publish(NOW);
        assertEquals(FrameworkStatus.PUBLISHED, f.getStatus());
        assertEquals(NOW, f.getPublishedAt());
        f.retire();
        assertEquals(FrameworkStatus.RETIRED, f.getStatus());
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        Framework draft = small();
        assertEquals("framework.transition", key(draft::retire));
        Framework published = small();
        published.publish(NOW);
        assertEquals("framework.transition", key(() -> published.publish(NOW)));
        published.retire();
        assertEquals("framework.transition", key(() -> published.publish(NOW)));
        assertEquals("framework.transition", key(published::retire));
    }

    @Test
    void aFrameworkWithoutCriterionCannotBePublished() {
        Framework f = new Framework("X", "1", "Vide", null, 7L, scale());
        assertEquals("framework.publish.noCriterion", key(() -> f.publish(NOW)));
        f.addCompetency(null, "1", DOMAIN, "Domaine seul", null);
        assertEquals("framework.publish.noCriterion", key(() -> f.publish(NOW)));
        f.addCompetency("1", "1.1", CRITERION, "Critère", null);
        f.publish(NOW);
        assertEquals(FrameworkStatus.PUBLISHED, f.getStatus());
    }

    @Test
    void aPublishedFrameworkRefusesEveryEdit() {
        Framework f = small();
        f.publish(NOW);
        List<Executable> edits = List.of(
                () -> f.rename("Autre", null),
                () -> f.addCompetency("1", "1.3", CRITERION, "Poncer", null),
                () -> f.editCompetency("1.1", "Lire un plan coté", null),
                () -> f.removeCompetency("2.1"),
                () -> f.addTree(List.of(CompetencyNode.leaf("9", CRITERION, "Neuf"))));
        for (Executable edit : edits) {
            assertEquals("framework.notDraft", key(edit));
        }
        assertEquals("Lire un plan", f.find("1.1").getTitle());
        assertEquals(5, f.getCompetencies().size());
    }

    @Test
    void aRetiredFrameworkRefusesEdits() {
        Framework f = small();
        f.publish(NOW);
        f.retire();
        assertEquals("framework.notDraft", key(() -> f.editCompetency("1.1", "x", null)));
    }

    @Test
    void aDraftCanBeEdited() {
        Framework f = small();
        f.rename("Menuiserie d'agencement", "interne");
        f.editCompetency("1.1", "Lire un plan coté", "  ");
        f.removeCompetency("1.2");
        assertEquals("Menuiserie d'agencement", f.getTitle());
        assertEquals("Lire un plan coté", f.find("1.1").getTitle());
        assertNull(f.find("1.1").getDescription());
        assertNull(f.find("1.2"));
    }

    @Test
    void codesAreUniqueInAFramework() {
        Framework f = small();
        assertEquals("framework.competency.duplicate", key(() -> f.addCompetency("2", "1.1", CRITERION, "x", null)));
    }

    @Test
    void theParentMustExist() {
        Framework f = small();
        assertEquals("framework.competency.unknown", key(() -> f.addCompetency("9", "9.1", CRITERION, "x", null)));
    }

    @Test
    void kindsMustFitTheHierarchy() {
        Framework f = small();
        assertEquals("framework.competency.kind", key(() -> f.addCompetency(null, "I", ITEM, "x", null)));
        assertEquals("framework.competency.kind", key(() -> f.addCompetency("1", "1.9", DOMAIN, "x", null)));
        assertEquals("framework.competency.kind", key(() -> f.addCompetency("1.1", "1.1.1", CRITERION, "x", null)));
        f.addCompetency("1.1", "1.1.a", ITEM, "sous-item", null);
        assertEquals(ITEM, f.find("1.1.a").getKind());
    }

    @Test
    void competencyCodeAndTitleLimits() {
        Framework f = small();
        String code20 = "12345678901234567890";
        f.addCompetency("1", code20, CRITERION, "x".repeat(Competency.TITLE_MAX), "d".repeat(2000));
        assertEquals("framework.competency.code.invalid", key(() -> f.addCompetency("1", code20 + "1", CRITERION, "x", null)));
        assertEquals("framework.competency.code.invalid", key(() -> f.addCompetency("1", "1 3", CRITERION, "x", null)));
        assertEquals("framework.competency.code.invalid", key(() -> f.addCompetency("1", " ", CRITERION, "x", null)));
        assertEquals("framework.competency.title.invalid", key(() -> f.addCompetency("1", "1.7", CRITERION, " ", null)));
        assertEquals("framework.competency.title.invalid",
                key(() -> f.addCompetency("1", "1.8", CRITERION, "x".repeat(Competency.TITLE_MAX + 1), null)));
        assertEquals("framework.competency.description.tooLong",
                key(() -> f.addCompetency("1", "1.9", CRITERION, "x", "d".repeat(2001))));
    }

    @Test
    void frameworkIdentificationIsChecked() {
        Scale s = scale();
        assertEquals("framework.code.invalid", key(() -> new Framework("clea num", "1", "t", null, 1L, s)));
        assertEquals("framework.code.invalid", key(() -> new Framework("A".repeat(41), "1", "t", null, 1L, s)));
        new Framework("A".repeat(40), "1", "t", null, 1L, s);
        assertEquals("framework.version.invalid", key(() -> new Framework("A", "", "t", null, 1L, s)));
        assertEquals("framework.version.invalid", key(() -> new Framework("A", "v".repeat(21), "t", null, 1L, s)));
        assertEquals("framework.title.invalid", key(() -> new Framework("A", "1", " ", null, 1L, s)));
        assertEquals("framework.source.tooLong", key(() -> new Framework("A", "1", "t", "s".repeat(501), 1L, s)));
    }

    @Test
    void aNodeWithChildrenCannotBeRemoved() {
        Framework f = small();
        assertEquals("framework.competency.hasChildren", key(() -> f.removeCompetency("1")));
        f.removeCompetency("1.1");
        f.removeCompetency("1.2");
        f.removeCompetency("1");
        assertNull(f.find("1"));
    }

    @Test
    void theTreeKeepsTheOrderOfSiblings() {
        List<CompetencyNode> tree = small().toTree();
        assertEquals(List.of("1", "2"), tree.stream().map(CompetencyNode::code).toList());
        assertEquals(List.of("1.1", "1.2"), tree.get(0).children().stream().map(CompetencyNode::code).toList());
        assertEquals("plan côté", tree.get(0).children().get(0).description());
        assertEquals(3, tree.stream().mapToInt(n -> n.count(CRITERION)).sum());
    }

    @Test
    void aNewVersionIsADraftCopyOfThePublishedTree() {
        Framework f = small();
        f.publish(NOW);
        Framework next = f.newVersion("2", 7L);
        assertTrue(next.isDraft());
        assertEquals("2", next.getFwVersion());
        assertEquals(f.toTree(), next.toTree());
        next.editCompetency("1.1", "Lire un plan coté", null);
        assertEquals("Lire un plan", f.find("1.1").getTitle());
    }

    @Test
    void addTreeBuildsTheWholeTree() {
        Framework f = new Framework("SST", "2021", "SST", null, null, scale());
        CompetencyNode c1 = new CompetencyNode("C1", CRITERION, "Situer son rôle", null,
                List.of(CompetencyNode.leaf("1.1", ITEM, "Cadre juridique"), CompetencyNode.leaf("1.2", ITEM, "Champ")));
        List<CompetencyNode> roots = List.of(new CompetencyNode("DC1", DOMAIN, "Intervenir", null, List.of(c1)));
        f.addTree(roots);
        assertEquals(roots, f.toTree());
        assertEquals(4, f.getCompetencies().size());
        assertSame(f.find("C1"), f.find("1.2").getParent());
    }

    @Test
    void scaleSaysFromWhichRankACriterionIsAcquired() {
        Scale s = scale();
        assertFalse(s.isAcquired(2));
        assertTrue(s.isAcquired(3));
        assertTrue(s.isAcquired(4));
    }
}
