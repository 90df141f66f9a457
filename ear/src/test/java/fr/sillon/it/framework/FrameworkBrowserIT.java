package fr.sillon.it.framework;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.browser.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The « done when » of the frameworks issue, in headless Chromium: a coordinator browses CléA down to a criterion,
 * searches « tableau » and finds 1.3.4, imports a CSV framework of their own (and sees every error of a bad one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkBrowserIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCoordinatorBrowsesSearchesAndImports() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("coordinatrice", PASSWORD);
            b.open("/coordinator/frameworks.xhtml");
            b.waitFor(By.id("listForm:list"));

            // browse CléA: the list, then the tree with its counts
            WebElement clea = b.driver().findElements(By.cssSelector("#listForm\\:list a")).stream()
                    .filter(a -> a.getText().equals("CLEA")).findFirst().orElseThrow();
            clea.click();
            b.waitFor(By.id("treeForm:tree"));
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("106 critères"));
            assertTrue(b.text().contains("7 domaines · 28 sous-domaines · 106 critères"), b.text());
            b.screenshot("framework-1-clea");

            // search « tableau » (accents and case ignored) and open 1.3.4 in the tree
            b.driver().findElement(By.id("searchForm:q")).sendKeys("TABLEAU");
            b.driver().findElement(By.id("searchForm:searchButton")).click();
            b.waitFor(By.id("searchForm:hits"));
            WebElement hit = b.driver().findElements(By.cssSelector("#searchForm\\:hits a")).stream()
                    .filter(a -> a.getText().equals("1.3.4")).findFirst().orElseThrow();
            hit.click();
            b.waitFor(By.id("detailForm:detail"));
            b.waitUntil(d -> d.findElement(By.id("detailForm:detail")).getText()
                    .contains("Utiliser les informations d'un tableau à double entrée"));
            b.screenshot("framework-2-recherche-tableau");

            // import a CSV framework of the structure
            Path csv = Files.createTempFile("sillon-referentiel", ".csv");
            Files.writeString(csv, "code,parent_code,title,description\n1,,Vendre au marché,\n"
                    + "1.1,1,Peser et étiqueter,\n1.2,1,Encaisser,\"rendre la monnaie, ticket\"\n", StandardCharsets.UTF_8);
            b.driver().findElement(By.id("importForm:icode")).sendKeys("IT-MARCHE");
            b.driver().findElement(By.id("importForm:iversion")).sendKeys("1");
            b.driver().findElement(By.id("importForm:ititle")).sendKeys("Vente au marché");
            b.driver().findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(csv.toString());
            b.driver().findElement(By.id("importForm:importButton")).click();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Référentiel importé en brouillon."));
            assertTrue(b.text().contains("Vente au marché (IT-MARCHE 1)"), b.text());
            assertTrue(b.text().contains("1 domaine · 2 critères"), b.text());
            b.screenshot("framework-3-import");

            // a bad file: every error with its line, nothing saved
            Path bad = Files.createTempFile("sillon-mauvais", ".csv");
            Files.writeString(bad, "code,parent_code,title,description\n1,,Un,\n9.1,9,Orphelin,\n1,,Doublon,\n",
                    StandardCharsets.UTF_8);
            b.driver().findElement(By.id("importForm:icode")).sendKeys("IT-MAUVAIS");
            b.driver().findElement(By.id("importForm:iversion")).sendKeys("1");
            b.driver().findElement(By.id("importForm:ititle")).sendKeys("Mauvais");
            b.driver().findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(bad.toString());
            b.driver().findElement(By.id("importForm:importButton")).click();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("rien n'a été enregistré"));
            String text = b.text();
            assertTrue(text.contains("Ligne 3 : le parent « 9 » de « 9.1 » n'existe pas dans le fichier."), text);
            assertTrue(text.contains("Ligne 4 : le code « 1 » est en double (déjà utilisé ligne 2)."), text);
            assertFalse(b.driver().findElement(By.id("listForm:list")).getText().contains("IT-MAUVAIS"));
            b.screenshot("framework-4-import-refuse");
        }
    }
}
