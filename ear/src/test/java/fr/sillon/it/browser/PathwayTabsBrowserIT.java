package fr.sillon.it.browser;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The coordinator's pathway page, one bean per tab: each tab shows its own list (the contracts tab pre-fills the
 * next contract's start), and a change in one tab reloads that tab and the timeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathwayTabsBrowserIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anInterviewRecordedInItsTabAppearsThereAndInTheTimeline() throws Exception {
        String summary = "Point d'étape au potager (" + System.currentTimeMillis() % 100000 + ")";
        try (Browser b = Browser.tablet()) {
            b.login("coordinatrice", PASSWORD);
            b.open("/coordinator/participants.xhtml");
            b.driver().findElement(By.xpath("//a[contains(@href, 'pathway.xhtml?id=')][contains(., 'Garnier')]")).click();
            b.waitFor(By.id("pathwayStatus"));

            // contracts tab: the demo contracts are listed, and the next one starts the day after the last
            tab(b, "Contrats");
            List<WebElement> contracts = b.driver().findElements(By.cssSelector("[id='tabs:contractForm:contracts'] tbody tr"));
            assertTrue(contracts.size() >= 2, "Sébastien's contract and its renewal: " + b.text());
            String start = b.driver().findElement(By.cssSelector("[id='tabs:contractForm:cstart_input']")).getAttribute("value");
            assertTrue(start.matches("\\d\\d/\\d\\d/\\d{4}"), "the next contract's start is pre-filled: '" + start + "'");

            // the referent choice lists the referent accounts
            assertFalse(b.driver().findElements(By.xpath("//*[@id='tabs:referentForm:referent_input']/option[contains(., 'Rousseau')]")).isEmpty(),
                    "Élodie Rousseau can be chosen as referent");

            int interviewsInTimeline = b.driver().findElements(By.cssSelector("li.timeline-INTERVIEW")).size();
            tab(b, "Entretiens");
            b.driver().findElement(By.id("tabs:interviewForm:isummary")).sendKeys(summary);
            b.driver().findElement(By.xpath("//*[@id='tabs:interviewForm']//button[contains(., 'Enregistrer')]")).click();
            b.waitForAjax();
            b.waitUntil(d -> d.findElement(By.id("tabs:interviewForm")).getText().contains(summary));
            b.screenshot("pathway-tabs-entretien");
            assertEquals(interviewsInTimeline + 1, b.driver().findElements(By.cssSelector("li.timeline-INTERVIEW")).size(),
                    "the timeline follows the interview tab");
        }
    }

    private static void tab(Browser b, String title) {
        b.driver().findElement(By.xpath("//*[@id='tabs']//li//a[normalize-space(.)='" + title + "']")).click();
        b.waitForAjax();
    }
}
