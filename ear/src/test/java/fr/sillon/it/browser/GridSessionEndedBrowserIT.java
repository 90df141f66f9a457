package fr.sillon.it.browser;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 11, part 4: the Faces grid loses nothing when the session ends before saving. A supervisor records a task and
 * rates it; the session cookie is deleted (what a timeout or a restart leaves: a browser without a live session);
 * « Enregistrer » then lands on the login page, which says in French that nothing was saved, and the database holds
 * nothing of the task; after signing in again the grid is back with every rating (kept on the device), the save
 * stores each of them exactly once, and a second save says « Rien à enregistrer » and adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridSessionEndedBrowserIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void ratingsSurviveAnEndedSessionAndAreSavedOnce() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("encadrant", PASSWORD);
            long task = recordATask(b);

            // rate: the highest level of the first three criteria of every participant
            Map<String, String> rated = new LinkedHashMap<>();
            List<WebElement> sections = b.driver().findElements(By.cssSelector("section.obs-person"));
            assertFalse(sections.isEmpty(), b.text());
            for (WebElement section : sections) {
                List<WebElement> rows = section.findElements(By.cssSelector(".obs-row[data-cell]"));
                for (WebElement row : rows.subList(0, Math.min(3, rows.size()))) {
                    List<WebElement> levels = row.findElements(By.cssSelector(".ui-selectonebutton > .ui-button"));
                    WebElement top = levels.get(levels.size() - 1);
                    top.click();
                    rated.put(row.getAttribute("data-cell"), top.findElement(By.cssSelector("input")).getAttribute("value"));
                }
            }
            assertTrue(rated.size() >= 2, "some cells rated: " + rated);
            assertTrue(rated.values().stream().noneMatch("0"::equals), "real levels, not « non observé »: " + rated);
            b.screenshot("grid-ended-1-rated");

            // the session ends under the supervisor
            b.driver().manage().deleteCookieNamed("JSESSIONID");
            b.driver().findElement(By.id("grid:save")).click();
            b.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
            b.screenshot("grid-ended-2-login");
            assertTrue(b.driver().getCurrentUrl().contains("expired=unsaved"), b.driver().getCurrentUrl());
            String notice = b.waitFor(By.id("expiredUnsaved")).getText();
            assertTrue(notice.contains("rien n'a été enregistré"), "says so in French: " + b.text());
            assertTrue(notice.contains("gardées sur cet appareil"), b.text());
            assertEquals(0, observations(task), "the save after the session ended stored nothing");

            // signing in again brings the grid back with its ratings
            b.driver().findElement(By.id("loginForm:login")).sendKeys("encadrant");
            b.driver().findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
            b.driver().findElement(By.id("loginForm:submit")).click();
            b.waitUntil(d -> d.getCurrentUrl().contains("/supervisor/observe.xhtml?task=" + task));
            assertTrue(js(b, "return localStorage.getItem('sillon.grid.encadrant." + task + "');").toString().contains("cells"));
            b.waitFor(By.cssSelector(".obs-restored"));
            for (Map.Entry<String, String> cell : rated.entrySet()) {
                Object shown = js(b, "var r = document.querySelector('.obs-row[data-cell=\"" + cell.getKey() + "\"]');"
                        + "var c = r.querySelector('input[type=radio]:checked');"
                        + "return c ? c.value + (c.closest('.ui-button').classList.contains('ui-state-active') ? ' active' : ' inactive') : 'none';");
                assertEquals(cell.getValue() + " active", shown, "cell " + cell.getKey() + " restored");
            }
            b.screenshot("grid-ended-3-restored");

            b.driver().findElement(By.id("grid:save")).click();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("observation(s) enregistrée(s)"));
            assertTrue(b.text().contains(rated.size() + " observation(s) enregistrée(s)"), b.text());
            assertEquals(rated.size(), observations(task), "each rating stored");
            assertEquals(rated.size(), distinctCells(task), "each rating stored exactly once");
            assertEquals(Boolean.TRUE, js(b, "return localStorage.getItem('sillon.grid.encadrant." + task + "') === null;"),
                    "the device forgot the saved ratings");
            b.screenshot("grid-ended-4-saved");

            b.driver().findElement(By.id("grid:save")).click();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Rien à enregistrer"));
            assertEquals(rated.size(), observations(task), "a second save adds nothing");

            // a new visit of the grid restores nothing: nothing is left waiting on the device
            b.open("/supervisor/observe.xhtml?task=" + task);
            b.waitFor(By.id("grid:save"));
            assertEquals(Boolean.TRUE, js(b, "return document.querySelector('.obs-restored').hidden;"));
            java.util.List<String> errors = b.consoleErrors(); // reading the browser's log empties it: read it once
            assertTrue(errors.isEmpty(), "no script error: " + errors);
        }
    }

    /** Records today's harvest for the market-gardening team (the team fills in its members) and opens its grid. */
    private static long recordATask(Browser b) throws java.io.IOException {
        b.open("/supervisor/task.xhtml");
        b.choose("task:site", null);
        b.choose("task:type", "Récolte");
        b.choose("task:team", "Équipe maraîchage");
        b.waitForAjax();
        b.waitUntil(d -> d.findElement(By.id("task:participants")).getText().contains("Garnier"));
        // Sébastien Garnier, under contract in the demo (as in BrowserJourneysIT), and whoever the team brought
        WebElement sebastien = b.driver().findElement(By.xpath("//*[@id='task:participants']//label[contains(., 'Garnier')]"));
        if (!b.driver().findElement(By.id(sebastien.getAttribute("for"))).isSelected()) {
            sebastien.click();
        }
        b.driver().findElement(By.id("task:save")).click();
        b.waitUntil(d -> d.getCurrentUrl().contains("/supervisor/observe.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        Matcher m = Pattern.compile("task=(\\d+)").matcher(b.driver().getCurrentUrl());
        assertTrue(m.find(), b.driver().getCurrentUrl() + "\n" + b.text());
        b.waitFor(By.id("grid:save"));
        return Long.parseLong(m.group(1));
    }

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver()).executeScript(script);
    }

    private static int observations(long task) throws Exception {
        return count("select count(*) from observation where task_record_id = ?", task);
    }

    private static int distinctCells(long task) throws Exception {
        return count("select count(distinct participant_id, competency_id) from observation where task_record_id = ?", task);
    }

    private static int count(String sql, long task) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("SILLON_DB_URL"),
                System.getenv().getOrDefault("SILLON_DB_USER", "sillon"),
                System.getenv().getOrDefault("SILLON_DB_PASSWORD", "sillon"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, task);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
