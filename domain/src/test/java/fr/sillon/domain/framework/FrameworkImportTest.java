package fr.sillon.domain.framework;

import static fr.sillon.domain.framework.CompetencyKind.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkImportTest {
    static final String HEADER = "code,parent_code,title,description\n";

    static ImportResult csv(String text) {
        return FrameworkImport.parseCsv(text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportResult json(String text) {
        return FrameworkImport.parseJson(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The (line, key) pairs of the errors, for compact assertions. */
    static List<String> errors(ImportResult r) {
        assertFalse(r.isValid(), "the file should be refused");
        assertNull(r.document());
        return r.errors().stream().map(e -> e.line() + ":" + e.key().replace("framework.import.", "")).toList();
    }

    // ---- valid CSV ---------------------------------------------------------------------------------

    @Test
    void aValidCsvGivesTheTreeWithInferredKinds() {
        ImportResult r = csv(HEADER + """
                1,,Communiquer,
                1.1,1,Écouter,
                1.1.1,1.1,Porter attention aux propos tenus,
                1.1.2,1.1,Poser une question,pour comprendre
                2,,Calculer,
                2.1,2,Compter,
                """);
        assertTrue(r.isValid(), () -> r.errors().toString());
        List<CompetencyNode> roots = r.document().roots();
        assertEquals(List.of("1", "2"), roots.stream().map(CompetencyNode::code).toList());
        assertEquals(DOMAIN, roots.get(0).kind());
        assertEquals(SUBDOMAIN, roots.get(0).children().get(0).kind());
        CompetencyNode c112 = roots.get(0).children().get(0).children().get(1);
        assertEquals(new CompetencyNode("1.1.2", CRITERION, "Poser une question", "pour comprendre", List.of()), c112);
        assertEquals(CRITERION, roots.get(1).children().get(0).kind());
        assertEquals(3, r.document().count(CRITERION));
    }

    @Test
    void childrenMayComeBeforeTheirParentInTheFile() {
        ImportResult r = csv(HEADER + "1.1,1,Écouter,\n1,,Communiquer,\n");
        assertTrue(r.isValid(), () -> r.errors().toString());
        assertEquals("1.1", r.document().roots().get(0).children().get(0).code());
    }

    @Test
    void csvWithKindColumnSemicolonsBomCrlfAndQuotes() {
        String text = "\uFEFFkind;code;parent_code;title;description\r\n"
                + "DOMAIN;DC1;;Intervenir;\r\n"
                + "CRITERION;C1;DC1;\"Situer son rôle; dans l'entreprise\";\"Indicateur : \"\"explique\"\"\r\nsur deux lignes\"\r\n"
                + "ITEM;1.1;C1;Identifier le cadre juridique;\r\n";
        ImportResult r = csv(text);
        assertTrue(r.isValid(), () -> r.errors().toString());
        CompetencyNode c1 = r.document().roots().get(0).children().get(0);
        assertEquals("Situer son rôle; dans l'entreprise", c1.title());
        assertEquals("Indicateur : \"explique\"\r\nsur deux lignes", c1.description());
        assertEquals(ITEM, c1.children().get(0).kind());
    }

    @Test
    void blankLinesAreIgnored() {
        ImportResult r = csv(HEADER + "\n1,,Un,\n\n");
        assertTrue(r.isValid(), () -> r.errors().toString());
        assertEquals(1, r.document().roots().size());
    }

    // ---- each kind of bad CSV ----------------------------------------------------------------------

    @Test
    void missingParent() {
        ImportResult r = csv(HEADER + "1,,Un,\n9.1,9,Orphelin,\n");
        assertEquals(List.of("3:parent.missing"), errors(r));
        assertEquals("Ligne 3 : le parent « 9 » de « 9.1 » n'existe pas dans le fichier.", r.errors().get(0).message());
    }

    @Test
    void duplicateCode() {
        ImportResult r = csv(HEADER + "1,,Un,\n1.1,1,A,\n1.1,1,B,\n");
        assertEquals(List.of("4:code.duplicate"), errors(r));
        assertEquals("Ligne 4 : le code « 1.1 » est en double (déjà utilisé ligne 3).", r.errors().get(0).message());
    }

    @Test
    void emptyTitle() {
        ImportResult r = csv(HEADER + "1,,   ,\n");
        assertEquals(List.of("2:title.empty"), errors(r));
        assertEquals("Ligne 2 : l'intitulé de « 1 » est vide.", r.errors().get(0).message());
    }

    @Test
    void emptyCode() {
        assertEquals(List.of("2:code.empty"), errors(csv(HEADER + ",,Sans code,\n")));
    }

    @Test
    void badEncodingIsReportedOnItsLine() {
        byte[] latin1 = (HEADER + "1,,Communiquer,\n2,,Sécurité,\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportResult r = FrameworkImport.parseCsv(latin1);
        assertEquals(List.of("3:encoding"), errors(r));
        assertTrue(r.errors().get(0).message().startsWith("Ligne 3 : le texte n'est pas encodé en UTF-8"));
    }

    @Test
    void cycles() {
        ImportResult r = csv(HEADER + "a,b,A,\nb,a,B,\nc,c,C,\n");
        assertEquals(List.of("2:cycle", "4:cycle"), errors(r));
        assertEquals("Ligne 2 : « a » fait partie d'un cycle de parents (a → b → a).", r.errors().get(0).message());
    }

    @Test
    void badColumnCount() {
        ImportResult r = csv(HEADER + "1,,Un\n2,,Deux,,en trop\n");
        assertEquals(List.of("2:columns", "3:columns"), errors(r));
        assertEquals("Ligne 2 : 3 colonne(s) au lieu de 4.", r.errors().get(0).message());
    }

    @Test
    void badHeader() {
        assertEquals(List.of("1:header.column", "1:header.missing"), errors(csv("code,parent,title,description\n1,,Un,\n")));
        assertEquals(List.of("1:header.missing"), errors(csv("code,parent_code,title\n1,,Un\n")));
    }

    @Test
    void unclosedQuote() {
        assertTrue(errors(csv(HEADER + "1,,\"Un,\n2,,Deux,\n")).contains("2:quote"));
    }

    @Test
    void unknownKindAndMisplacedKinds() {
        ImportResult r = csv("code,parent_code,title,description,kind\n"
                + "1,,Un,,DOMAINE\nI,,Item seul,,ITEM\n2,,Deux,,DOMAIN\n2.1,2,Sous,,DOMAIN\n");
        assertEquals(List.of("2:kind.unknown", "3:kind.root", "5:kind.parent"), errors(r));
        assertEquals("Ligne 5 : « 2.1 » (DOMAIN) ne peut pas être placé sous « 2 » (DOMAIN).", r.errors().get(2).message());
    }

    @Test
    void tooLongValues() {
        ImportResult r = csv(HEADER + "123456789012345678901,,Un,\n1,,%s,\n2,,Deux,%s\n"
                .formatted("t".repeat(501), "d".repeat(2001)));
        assertEquals(List.of("2:code.invalid", "3:title.tooLong", "4:description.tooLong"), errors(r));
    }

    @Test
    void emptyFiles() {
        assertEquals(List.of("0:empty"), errors(csv("")));
        assertEquals(List.of("0:empty"), errors(csv(HEADER)));
        assertEquals("Le fichier est vide : aucune compétence à importer.", csv("").errors().get(0).message());
    }

    @Test
    void everyErrorOfTheFileIsReportedInLineOrder() {
        ImportResult r = csv(HEADER + """
                1,,Un,
                1.1,1,,
                1.1,1,Doublon,
                2.1,2,Orphelin,
                x,y,Trop,de,colonnes
                """);
        assertEquals(List.of("3:title.empty", "4:code.duplicate", "5:parent.missing", "6:columns"), errors(r));
    }

    @Test
    void orThrowCarriesTheErrors() {
        ImportResult r = csv(HEADER + "1.1,1,A,\n");
        ImportResult.InvalidImportException e = assertThrows(ImportResult.InvalidImportException.class, r::orThrow);
        assertEquals(1, e.getErrors().size());
        assertEquals("Le fichier contient 1 erreur(s) : rien n'a été enregistré.", e.getMessage());
    }

    // ---- JSON --------------------------------------------------------------------------------------

    @Test
    void aValidJsonGivesIdentificationAndTree() {
        ImportResult r = json("""
                {"code": "SST", "version": "2021", "title": "Sauveteur", "competencies": [
                  {"code": "DC1", "kind": "DOMAIN", "title": "Intervenir", "children": [
                    {"title": "Protéger", "code": "C2", "children": [{"code": "2.1", "kind": "ITEM", "title": "Mesures"}],
                     "kind": "CRITERION", "description": "le code vient après les enfants"}]}]}
                """);
        assertTrue(r.isValid(), () -> r.errors().toString());
        FrameworkDocument d = r.document();
        assertEquals("SST", d.code());
        assertEquals("2021", d.version());
        assertEquals("Sauveteur", d.title());
        CompetencyNode c2 = d.roots().get(0).children().get(0);
        assertEquals("C2", c2.code());
        assertEquals("2.1", c2.children().get(0).code());
        assertEquals(ITEM, c2.children().get(0).kind());
    }

    @Test
    void jsonSyntaxErrorGivesItsLine() {
        ImportResult r = json("{\n \"code\": \"X\",\n \"competencies\": [\n  {\"code\": \"1\" \"title\": \"Un\"}\n]}");
        assertEquals(List.of("4:json.syntax"), errors(r));
    }

    @Test
    void jsonErrorsOfTheTreeAreAllReportedWithLines() {
        ImportResult r = json("""
                {"code": "X", "competencies": [
                  {"code": "1", "title": "Un", "children": [
                    {"code": "1.1", "title": ""},
                    {"code": "1", "title": "Doublon"}
                  ]},
                  {"code": "2", "title": "Deux", "colour": "vert"},
                  {"code": "3", "title": ["pas", "un", "texte"]}
                ]}
                """);
        assertEquals(List.of("3:title.empty", "4:code.duplicate", "6:json.unknown", "7:json.type", "7:title.empty"),
                errors(r));
    }

    @Test
    void jsonWithoutCompetenciesOrNotAnObject() {
        assertEquals(List.of("0:json.missing"), errors(json("{\"code\": \"X\"}")));
        assertEquals(List.of("1:json.root"), errors(json("[1, 2]")));
        assertEquals(List.of("0:empty"), errors(json("{\"competencies\": []}")));
    }

    @Test
    void jsonInLatin1IsRefused() {
        byte[] bytes = "{\"competencies\": [{\"code\": \"1\", \"title\": \"Sécurité\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(errors(FrameworkImport.parseJson(bytes)).contains("1:encoding"));
    }

    @Test
    void formatIsChosenByFileName() {
        assertTrue(FrameworkImport.parse("ref.JSON", "{\"competencies\": [{\"code\": \"1\", \"title\": \"Un\"}]}"
                .getBytes(StandardCharsets.UTF_8)).isValid());
        assertTrue(FrameworkImport.parse("ref.csv", (HEADER + "1,,Un,\n").getBytes(StandardCharsets.UTF_8)).isValid());
    }
}
