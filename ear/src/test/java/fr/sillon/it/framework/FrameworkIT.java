package fr.sillon.it.framework;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.framework.CompetencyKind;
import fr.sillon.domain.framework.FrameworkImport;
import fr.sillon.domain.framework.FrameworkStatus;
import fr.sillon.domain.framework.ImportResult;
import fr.sillon.ejb.framework.ExportFile;
import fr.sillon.ejb.framework.ExportFormat;
import fr.sillon.ejb.framework.FrameworkService;
import fr.sillon.ejb.framework.FrameworkSummary;
import fr.sillon.ejb.framework.FrameworkTree;
import fr.sillon.ejb.framework.SearchHit;
import fr.sillon.ejb.framework.TreeNode;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container, against the migrated MariaDB: shipped frameworks, search, import/export, rules, tenant isolation. */
@ExtendWith(ArquillianExtension.class)
class FrameworkIT {
    static final String HEADER = "code,parent_code,title,description\n";
    static final String MAISON = HEADER + """
            1,,Accueillir le public,
            1.1,1,Accueil,Au point de vente
            1.1.1,1.1,"Saluer, orienter et renseigner un client",
            1.1.2,1.1,Encaisser une vente (« caisse »),"Rendre la monnaie ; vérifier le ""ticket""\"
            2,,Ranger l'atelier,
            2.1,2,Trier les déchets,
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FrameworkIT.class);
    }

    @Inject
    FrameworkService service;
    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static <T> T coordinator2(java.util.concurrent.Callable<T> action) throws Exception {
        return RunAs.user("coordinateur2", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    long count(String sql) throws Exception {
        tx.begin();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }

    FrameworkSummary summary(List<FrameworkSummary> list, String code) {
        return list.stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not listed: " + list));
    }

    // ---- shipped frameworks match the reference ----------------------------------------------------

    @Test
    void shippedFrameworksAreListedPublishedAndShared() throws Exception {
        List<FrameworkSummary> list = RunAs.coordinator(() -> service.list(0, 100));
        Map<String, Long> criteria = Map.of("CLEA", 106L, "CLEA_NUM", 4L, "PIX", 16L, "SST", 8L);
        for (var e : criteria.entrySet()) {
            FrameworkSummary f = summary(list, e.getKey());
            assertEquals(e.getValue(), f.criteria(), e.getKey());
            assertEquals(FrameworkStatus.PUBLISHED, f.status());
            assertTrue(f.shared());
        }
        assertEquals("2018", summary(list, "CLEA").version());
        assertTrue(summary(list, "MARAICHAGE").criteria() >= 20);
        assertTrue(summary(list, "ESPACES_VERTS").criteria() >= 20);
        assertEquals(0, count("select count(*) from framework f where f.structure_id is null and not exists"
                + " (select 1 from validation_policy p where p.framework_id = f.id)"), "every shipped framework has a policy");
    }

    @Test
    void cleaHasSevenDomainsTwentyEightSubDomainsAndTheCriteriaOfTheReference() throws Exception {
        FrameworkTree clea = RunAs.supervisor(() -> service.tree("CLEA", "2018"));
        assertEquals(7, clea.count(CompetencyKind.DOMAIN));
        assertEquals(28, clea.count(CompetencyKind.SUBDOMAIN));
        assertEquals(106, clea.count(CompetencyKind.CRITERION));
        assertFalse(clea.editable());
        // criteria per domain (the CléA repository's count), computed by the recursive SQL count
        Map<String, Long> perDomain = clea.nodes().stream().filter(n -> n.depth() == 0)
                .collect(Collectors.toMap(TreeNode::code, TreeNode::criteria, (a, b) -> a, LinkedHashMap::new));
        assertEquals(Map.of("1", 18L, "2", 20L, "3", 20L, "4", 11L, "5", 10L, "6", 11L, "7", 16L), perDomain);
        // criteria per sub-domain
        Map<String, Long> expected = new LinkedHashMap<>();
        String[] counts = {"1.1=2", "1.2=4", "1.3=4", "1.4=6", "1.5=2", "2.1=7", "2.2=2", "2.3=7", "2.4=1", "2.5=3",
                "3.1=3", "3.2=5", "3.3=8", "3.4=4", "4.1=4", "4.2=2", "4.3=3", "4.4=2", "5.1=3", "5.2=4", "5.3=3",
                "6.1=5", "6.2=2", "6.3=4", "7.1=3", "7.2=6", "7.3=3", "7.4=4"};
        for (String c : counts) {
            expected.put(c.split("=")[0], Long.valueOf(c.split("=")[1]));
        }
        Map<String, Long> actual = clea.nodes().stream().filter(n -> n.kind() == CompetencyKind.SUBDOMAIN)
                .collect(Collectors.toMap(TreeNode::code, TreeNode::criteria, (a, b) -> a, LinkedHashMap::new));
        assertEquals(expected, actual);
        assertEquals(List.of("1", "1.1", "1.1.1", "1.1.2", "1.2"),
                clea.nodes().subList(0, 5).stream().map(TreeNode::code).toList(), "display order: pre-order by position");
        assertEquals(2, clea.node("1.1").children());
        // issue 13 point 4: 5.2.4 merged into 5.2.3 under the official title
        assertEquals("Identifier les principales priorités, contraintes et difficultés", clea.node("5.2.3").title());
        assertTrue(clea.nodes().stream().noneMatch(n -> n.code().equals("5.2.4")), "5.2.4 is gone");
        assertEquals(1, count("select count(*) from framework where code = 'CLEA' and structure_id is null"
                + " and source like '%106 critères%'"), "the source says where the list comes from");
    }

    @Test
    void digitalAndSstFrameworksMatchTheReference() throws Exception {
        FrameworkTree pix = RunAs.coordinator(() -> service.tree("PIX", "2019"));
        assertEquals(5, pix.count(CompetencyKind.DOMAIN));
        assertEquals(16, pix.count(CompetencyKind.CRITERION));
        assertEquals(List.of(3L, 4L, 4L, 3L, 2L), pix.nodes().stream().filter(n -> n.depth() == 0)
                .map(TreeNode::criteria).toList());
        FrameworkTree num = RunAs.coordinator(() -> service.tree("CLEA_NUM", "2018"));
        assertEquals(4, num.nodes().size());
        FrameworkTree sst = RunAs.coordinator(() -> service.tree("SST", "2021"));
        assertEquals(2, sst.count(CompetencyKind.DOMAIN));
        assertEquals(8, sst.count(CompetencyKind.CRITERION));
        assertEquals(15, sst.count(CompetencyKind.ITEM));
        assertEquals(5, sst.node("DC1").criteria());
        assertEquals(3, sst.node("DC2").criteria());
        assertEquals(3, sst.node("C5").children());
    }

    // ---- search ------------------------------------------------------------------------------------

    @Test
    void searchIsAccentAndCaseInsensitiveAcrossFrameworks() throws Exception {
        List<SearchHit> tableau = RunAs.coordinator(() -> service.search("TABLEAU", 50));
        assertTrue(tableau.stream().anyMatch(h -> h.frameworkCode().equals("CLEA") && h.code().equals("1.3.4")),
                tableau.toString());
        List<SearchHit> securite = RunAs.coordinator(() -> service.search("securite", 100));
        assertTrue(securite.stream().anyMatch(h -> h.frameworkCode().equals("CLEA") && h.code().equals("7.1.1")));
        assertTrue(securite.stream().map(SearchHit::frameworkCode).distinct().count() >= 2, "across frameworks");
        List<SearchHit> byCode = RunAs.coordinator(() -> service.search("1.3.4", 50));
        assertTrue(byCode.stream().anyMatch(h -> h.code().equals("1.3.4")));
        assertTrue(RunAs.coordinator(() -> service.search("100%_", 50)).isEmpty(), "wildcards are literal");
        assertTrue(RunAs.coordinator(() -> service.search("  ", 50)).isEmpty());
    }

    // ---- import / export ---------------------------------------------------------------------------

    @Test
    void importThenExportGivesTheSameTree() throws Exception {
        long id = RunAs.coordinator(() -> service.importFile("maison.csv", utf8(MAISON), "IT-MAISON", "1", "Maison"));
        FrameworkTree t = RunAs.coordinator(() -> service.tree(id));
        assertEquals(FrameworkStatus.DRAFT, t.framework().status());
        assertFalse(t.framework().shared());
        assertTrue(t.editable());
        assertEquals(6, t.nodes().size());
        assertEquals(2, t.node("1").criteria());
        assertEquals(2, t.node("1.1").criteria());
        assertEquals(1, t.node("2").criteria());
        assertEquals("Rendre la monnaie ; vérifier le \"ticket\"", t.node("1.1.2").description());

        ExportFile csv = RunAs.coordinator(() -> service.export(id, ExportFormat.CSV));
        assertEquals("IT-MAISON-1.csv", csv.fileName());
        assertEquals(FrameworkImport.parseCsv(utf8(MAISON)).document().roots(),
                FrameworkImport.parseCsv(csv.content()).document().roots());

        // re-import the export as version 2, export again: identical file
        long id2 = RunAs.coordinator(() -> service.importFile(csv.fileName(), csv.content(), "IT-MAISON", "2", "Maison"));
        ExportFile csv2 = RunAs.coordinator(() -> service.export(id2, ExportFormat.CSV));
        assertArrayEquals(csv.content(), csv2.content());

        // JSON carries code, version and title
        ExportFile json = RunAs.coordinator(() -> service.export(id, ExportFormat.JSON));
        long id3 = RunAs.coordinator(() -> service.importFile("maison.json", json.content(), null, "3", null));
        FrameworkTree t3 = RunAs.coordinator(() -> service.tree(id3));
        assertEquals("IT-MAISON", t3.framework().code());
        assertEquals("Maison", t3.framework().title());
        assertEquals(t.nodes().stream().map(TreeNode::code).toList(), t3.nodes().stream().map(TreeNode::code).toList());
    }

    @Test
    void badFilesSaveNothing() throws Exception {
        long frameworks = count("select count(*) from framework");
        long competencies = count("select count(*) from competency");
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("framework.import.parent.missing", utf8(HEADER + "1,,Un,\n9.1,9,Orphelin,\n"));
        bad.put("framework.import.code.duplicate", utf8(HEADER + "1,,Un,\n1,,Encore un,\n"));
        bad.put("framework.import.title.empty", utf8(HEADER + "1,,Un,\n1.1,1,,\n"));
        bad.put("framework.import.encoding", (HEADER + "1,,Sécurité,\n").getBytes(StandardCharsets.ISO_8859_1));
        bad.put("framework.import.cycle", utf8(HEADER + "a,b,A,\nb,a,B,\n"));
        bad.put("framework.import.columns", utf8(HEADER + "1,,Un\n"));
        for (var e : bad.entrySet()) {
            ImportResult.InvalidImportException refused = assertThrows(ImportResult.InvalidImportException.class,
                    () -> RunAs.coordinator(() -> service.importFile("bad.csv", e.getValue(), "IT-BAD", "1", "Mauvais")));
            assertTrue(refused.getErrors().stream().anyMatch(err -> err.key().equals(e.getKey())),
                    e.getKey() + " → " + refused.getErrors());
            assertTrue(refused.getErrors().stream().allMatch(err -> err.message().startsWith("Ligne ")));
        }
        assertEquals(frameworks, count("select count(*) from framework"));
        assertEquals(competencies, count("select count(*) from competency"));

        // a code+version already used by the structure is refused too, and saves nothing
        RunAs.coordinator(() -> service.importFile("ok.csv", utf8(HEADER + "1,,Un,\n"), "IT-DUP", "1", "Doublon"));
        long after = count("select count(*) from framework");
        DomainException dup = assertThrows(DomainException.class, () -> RunAs.coordinator(
                () -> service.importFile("ok.csv", utf8(HEADER + "1,,Un,\n"), "IT-DUP", "1", "Doublon")));
        assertEquals("framework.duplicate", dup.getKey());
        assertEquals(after, count("select count(*) from framework"));
    }

    // ---- rules -------------------------------------------------------------------------------------

    @Test
    void aDraftIsEditedThenPublishedAndThenRefusesEdits() throws Exception {
        long id = RunAs.coordinator(() -> service.create("IT-PUBLIE", "1", "Menuiserie", null));
        RunAs.coordinator(() -> service.addCompetency(id, null, "1", CompetencyKind.DOMAIN, "Préparer", null));
        RunAs.coordinator(() -> service.addCompetency(id, "1", "1.1", CompetencyKind.CRITERION, "Lire un plan", null));
        RunAs.coordinator(() -> {
            service.editCompetency(id, "1.1", "Lire un plan coté", "cotes en mm");
            service.publish(id);
            return null;
        });
        FrameworkTree t = RunAs.coordinator(() -> service.tree(id));
        assertEquals(FrameworkStatus.PUBLISHED, t.framework().status());
        assertFalse(t.editable());
        assertEquals("Lire un plan coté", t.node("1.1").title());

        DomainException refused = assertThrows(DomainException.class, () -> RunAs.coordinator(
                () -> service.addCompetency(id, "1", "1.2", CompetencyKind.CRITERION, "Débiter", null)));
        assertEquals("framework.notDraft", refused.getKey());
        assertEquals("framework.notDraft", assertThrows(DomainException.class, () -> RunAs.coordinator(() -> {
            service.editCompetency(id, "1.1", "Autre", null);
            return null;
        })).getKey());
        assertEquals("Lire un plan coté", RunAs.coordinator(() -> service.tree(id)).node("1.1").title());

        // changing it means a new version
        long v2 = RunAs.coordinator(() -> service.newVersion(id, "2"));
        RunAs.coordinator(() -> service.addCompetency(v2, "1", "1.2", CompetencyKind.CRITERION, "Débiter", null));
        assertEquals(2, RunAs.coordinator(() -> service.tree(v2)).framework().criteria());
        assertEquals(1, RunAs.coordinator(() -> service.tree(id)).framework().criteria());
    }

    @Test
    void sharedFrameworksCannotBeChangedByAStructure() throws Exception {
        long clea = RunAs.coordinator(() -> service.tree("CLEA", "2018")).framework().id();
        assertThrows(fr.sillon.domain.AccessDeniedException.class,
                () -> RunAs.coordinator(() -> service.addCompetency(clea, "1.1", "1.1.9", CompetencyKind.CRITERION, "x", null)));
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> service.create("IT-SUP", "1", "Non", null)));
        assertTrue(count("select count(*) from audit_entry where actor_login = 'coordinatrice' and outcome = 'REFUSED'"
                + " and target_type = 'Framework' and target_id = '" + clea + "'") >= 1);
    }

    // ---- tenants -----------------------------------------------------------------------------------

    @Test
    void oneStructureCannotSeeAnothersFramework() throws Exception {
        long id = RunAs.coordinator(() -> service.importFile("prive.csv",
                utf8(HEADER + "1,,Savoir-faire très particulier du Sillon,\n"), "IT-PRIVE", "1", "Privé"));

        assertTrue(RunAs.coordinator(() -> service.list(0, 100)).stream().anyMatch(f -> f.id() == id));
        assertFalse(coordinator2(() -> service.list(0, 100)).stream().anyMatch(f -> f.id() == id));
        assertTrue(coordinator2(() -> service.list(0, 100)).stream().anyMatch(f -> f.code().equals("CLEA")));
        assertFalse(RunAs.admin(() -> service.list(0, 100)).stream().anyMatch(f -> f.id() == id));

        assertThrows(NotFoundException.class, () -> coordinator2(() -> service.tree(id)));
        assertThrows(NotFoundException.class, () -> coordinator2(() -> service.export(id, ExportFormat.CSV)));
        assertThrows(NotFoundException.class, () -> coordinator2(() -> service.tree("IT-PRIVE", "1")));
        assertThrows(NotFoundException.class, () -> coordinator2(() -> {
            service.publish(id);
            return null;
        }));
        assertTrue(coordinator2(() -> service.search("très particulier", 50)).isEmpty());
        assertEquals(1, RunAs.coordinator(() -> service.search("tres PARTICULIER", 50)).size());
        assertTrue(count("select count(*) from audit_entry where actor_login = 'coordinateur2' and outcome = 'REFUSED'"
                + " and target_type = 'Framework' and target_id = '" + id + "'") >= 3, "refusals are audited");
        // the same code and version may exist in another structure
        long other = coordinator2(() -> service.importFile("prive.csv", utf8(HEADER + "1,,Autre,\n"), "IT-PRIVE", "1", "Privé 2"));
        assertNotEquals(id, other);
        assertEquals("Privé 2", coordinator2(() -> service.tree("IT-PRIVE", "1")).framework().title());
        assertEquals("Privé", RunAs.coordinator(() -> service.tree("IT-PRIVE", "1")).framework().title());
    }
}
