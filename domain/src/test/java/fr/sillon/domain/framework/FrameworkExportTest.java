package fr.sillon.domain.framework;

import static fr.sillon.domain.framework.CompetencyKind.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkExportTest {
    /** A tree with what makes CSV hard: separators, quotes, line breaks, accents, padding, items. */
    static FrameworkDocument doc() {
        CompetencyNode c1 = new CompetencyNode("C1", CRITERION, "Situer son rôle, « SST »", "Il dit \"stop\"; puis\nalerte",
                List.of(CompetencyNode.leaf("1.1", ITEM, "Cadre juridique"),
                        new CompetencyNode("1.2", ITEM, "Champ d'intervention", "œuvre – tiret", List.of())));
        CompetencyNode sub = new CompetencyNode("1.3", SUBDOMAIN, "Lire", null,
                List.of(CompetencyNode.leaf("1.3.4", CRITERION, "Utiliser les informations d'un tableau à double entrée")));
        return new FrameworkDocument("MAISON", "1.0", "Référentiel maison", "interne",
                List.of(new CompetencyNode("1", DOMAIN, "Communication", null, List.of(sub)),
                        new CompetencyNode("DC1", DOMAIN, "Intervenir", "", List.of(c1)),
                        CompetencyNode.leaf("X", CRITERION, "Critère à la racine")));
    }

    @Test
    void csvRoundTripGivesTheSameTree() {
        FrameworkDocument d = doc();
        byte[] csv = FrameworkExport.toCsv(d);
        ImportResult back = FrameworkImport.parseCsv(csv);
        assertTrue(back.isValid(), () -> back.errors().toString());
        assertEquals(d.roots(), back.document().roots());
        // and exporting again gives the same bytes
        assertArrayEquals(csv, FrameworkExport.toCsv(back.document()));
    }

    @Test
    void jsonRoundTripGivesTheSameDocument() {
        FrameworkDocument d = doc();
        ImportResult back = FrameworkImport.parseJson(FrameworkExport.toJson(d));
        assertTrue(back.isValid(), () -> back.errors().toString());
        assertEquals(d, back.document());
    }

    @Test
    void csvLooksLikeWhatASpreadsheetExpects() {
        String csv = new String(FrameworkExport.toCsv(doc()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFcode,parent_code,title,description,kind\r\n1,,Communication,,DOMAIN\r\n"));
        assertTrue(csv.contains("\r\n1.3.4,1.3,Utiliser les informations d'un tableau à double entrée,,CRITERION\r\n"));
        assertTrue(csv.contains("C1,DC1,\"Situer son rôle, « SST »\",\"Il dit \"\"stop\"\"; puis\nalerte\",CRITERION"));
    }

    @Test
    void aFrameworkExportsItsTree() {
        Framework f = FrameworkTest.small();
        FrameworkDocument d = FrameworkDocument.of(f);
        assertEquals("MENUISERIE", d.code());
        ImportResult back = FrameworkImport.parseCsv(FrameworkExport.toCsv(d));
        assertEquals(f.toTree(), back.document().roots());
        Framework copy = new Framework("MENUISERIE", "2", "Copie", null, 7L, FrameworkTest.scale());
        copy.addTree(back.document().roots());
        assertEquals(f.toTree(), copy.toTree());
    }
}
