package fr.sillon.it.browser;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main journeys, in headless Chromium on a tablet-sized window, each saving a screenshot under
 * {@code target/screenshots}: a supervisor records today's harvest and rates it, the participant sees the new
 * observation, a referent opens an assigned summary and is refused an unassigned one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysIT {
    static final String PASSWORD = "sillon2026";
    static final String NOTE = "Pesée soignée, caisses bien étiquetées (" + System.currentTimeMillis() % 100000 + ")";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    @Order(1)
    void aSupervisorRecordsTodaysHarvestAndRatesIt() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("encadrant", PASSWORD);
            assertTrue(b.driver().getCurrentUrl().endsWith("/supervisor/index.xhtml"));
            b.screenshot("supervisor-1-ma-journee");

            b.open("/supervisor/task.xhtml");
            b.choose("task:site", null);
            b.choose("task:type", "Récolte");
            b.choose("task:team", "Équipe maraîchage");
            // the team pre-fills the people present; make sure Sébastien is ticked
            b.waitForAjax();
            b.waitUntil(d -> d.findElement(By.id("task:participants")).getText().contains("Garnier"));
            WebElement sebastien = b.driver().findElement(By.xpath(
                    "//*[@id='task:participants']//label[contains(., 'Garnier')]"));
            WebElement box = b.driver().findElement(By.id(sebastien.getAttribute("for")));
            if (!box.isSelected()) {
                sebastien.click();
            }
            b.screenshot("supervisor-2-tache");
            b.driver().findElement(By.id("task:save")).click();
            b.waitUntil(d -> d.getCurrentUrl().contains("/supervisor/observe.xhtml")
                    || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
            assertTrue(b.driver().getCurrentUrl().contains("/supervisor/observe.xhtml"), b.text());

            b.screenshot("supervisor-3-grille-vide");
            WebElement section = b.waitFor(By.xpath("//section[contains(@class,'obs-person')][contains(@aria-label,'Garnier')]"));
            List<WebElement> levels = section.findElements(By.cssSelector(".obs-levels .ui-button"));
            assertFalse(levels.isEmpty(), "the grid offers levels for each criterion");
            WebElement autonome = levels.stream().filter(l -> l.getText().contains("Autonome")).findFirst()
                    .orElseThrow(() -> new AssertionError("no « Autonome » level in the grid: " + b.text()));
            autonome.click();
            WebElement note = section.findElement(By.cssSelector(".obs-note input"));
            note.sendKeys(NOTE);
            b.screenshot("supervisor-4-grille");
            b.driver().findElement(By.id("grid:save")).click();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("observation(s) enregistrée(s)"));
            assertFalse(b.text().matches("(?s).*\\b0 observation\\(s\\) enregistrée\\(s\\).*"), "the rating was saved: " + b.text());
            b.screenshot("supervisor-5-enregistre");
        }
    }

    @Test
    @Order(2)
    void theParticipantSeesTheNewObservation() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("participant", PASSWORD);
            assertTrue(b.driver().getCurrentUrl().endsWith("/participant/index.xhtml"));
            assertTrue(b.text().contains(NOTE), "the supervisor's note shows on « Mon parcours »:\n" + b.text());
            b.screenshot("participant-mon-parcours");
        }
    }

    @Test
    @Order(3)
    void aReferentOpensAnAssignedSummaryAndIsRefusedAnUnassignedOne() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("referent", PASSWORD);
            assertTrue(b.driver().getCurrentUrl().endsWith("/referent/index.xhtml"));
            Set<Long> assigned = new TreeSet<>();
            Matcher m = Pattern.compile("pathway\\.xhtml\\?id=(\\d+)").matcher(b.driver().getPageSource());
            while (m.find()) {
                assigned.add(Long.parseLong(m.group(1)));
            }
            assertFalse(assigned.isEmpty(), "the referent follows at least one pathway");
            b.screenshot("referent-1-parcours-suivis");

            b.open("/referent/pathway.xhtml?id=" + assigned.iterator().next());
            assertTrue(b.text().contains("Sébastien") || b.text().contains("Garnier"), b.text());
            b.screenshot("referent-2-synthese");

            // Amina's pathway exists (her coordinator opens it) and is not among the referent's
            long unassigned = fr.sillon.it.WebClient.pathwayIdOf("Diallo Amina");
            assertFalse(assigned.contains(unassigned), "Amina is not assigned to the referent");
            b.open("/referent/pathway.xhtml?id=" + unassigned);
            String text = b.text();
            assertTrue(text.contains("introuvable"), text);
            assertFalse(text.contains("Diallo") || text.contains("Contrat"), "nothing of the unassigned pathway is shown");
            b.screenshot("referent-3-refus");
        }
    }
}
