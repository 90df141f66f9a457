package fr.sillon.it.browser;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The field app's offline journey (issue 11) in headless Chromium, the network really cut by Chromium's own network
 * emulation (DevTools {@code Network.emulateNetworkConditions}): sign in, load the day, go offline, rate 5 participants
 * × 6 criteria, reload the page while offline, record a new task and rate it, come back online → the database holds
 * exactly those observations, once each; syncing again adds nothing. A task Sillon refuses stays in sight with its
 * French reason (through a reload) until abandoned. The day and the grid pass axe-core.
 * The fixture (a structure of its own, written over JDBC) keeps the demo untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FieldBrowserIT {
    static final String PASSWORD = "sillon2026"; // the fixture's supervisor borrows the demo accounts' password hash

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getenv("SILLON_DB_URL"), System.getenv("SILLON_DB_USER"),
                System.getenv("SILLON_DB_PASSWORD"));
    }

    static long insert(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    static long one(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet r = st.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    record Fixture(long structure, String login, List<Long> people, long mowing, long brushing) {
    }

    /** A structure, its supervisor, five participants under contract in her team, a site, today's mowing task. */
    static Fixture fixture() throws Exception {
        String tag = "fb" + System.nanoTime() % 1_000_000;
        LocalDate today = LocalDate.now();
        try (Connection c = db()) {
            long s = insert(c, "insert into structure (code, name) values (?, ?)", "IT-" + tag.toUpperCase(), "Jardins " + tag);
            String login = tag + ".sup";
            long sup = insert(c, "insert into user_account (login, password_hash, display_name, role, structure_id)"
                    + " select ?, password_hash, ?, 'SUPERVISOR', ? from user_account where login = 'encadrant'",
                    login, "Encadrante " + tag, s);
            List<Long> people = new ArrayList<>();
            String[] names = {"Bernard", "Chevalier", "Diallo", "Fontaine", "Guérin"};
            for (String name : names) {
                long p = insert(c, "insert into participant (structure_id, first_name, last_name) values (?, ?, ?)",
                        s, "Prénom", name + " " + tag);
                long pathway = insert(c, "insert into pathway (structure_id, participant_id, entry_date) values (?, ?, ?)",
                        s, p, today.minusYears(1));
                insert(c, "insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours)"
                        + " values (?, ?, 'INITIAL', ?, ?, 26)", s, pathway, today.minusYears(1), today.plusMonths(6));
                people.add(p);
            }
            // one more person, in a second team, whose contract has not started: Sillon refuses her presence
            long late = insert(c, "insert into participant (structure_id, first_name, last_name) values (?, 'Prénom', ?)",
                    s, "Hervé " + tag);
            insert(c, "insert into pathway (structure_id, participant_id, entry_date) values (?, ?, ?)", s, late, today);
            long site = insert(c, "insert into site (structure_id, name, kind) values (?, 'Parc du Thabor', 'ESPACE_VERT')", s);
            long team = insert(c, "insert into team (structure_id, name, supervisor_id) values (?, 'Équipe espaces verts', ?)", s, sup);
            for (long p : people) {
                insert(c, "insert into team_member (team_id, participant_id) values (?, ?)", team, p);
            }
            long reinforcement = insert(c, "insert into team (structure_id, name, supervisor_id) values (?, 'Équipe renfort', ?)", s, sup);
            insert(c, "insert into team_member (team_id, participant_id) values (?, ?)", reinforcement, late);
            long mowing = one(c, "select id from task_type where code = 'TONTE' and structure_id is null");
            long brushing = one(c, "select id from task_type where code = 'DEBROUSSAILLAGE' and structure_id is null");
            long task = insert(c, "insert into task_record (structure_id, performed_on, site_id, task_type_id, team_id,"
                    + " duration_minutes, supervisor_id) values (?, ?, ?, ?, ?, 180, ?)", s, today, site, mowing, team, sup);
            for (long p : people) {
                insert(c, "insert into task_record_participant (task_record_id, participant_id) values (?, ?)", task, p);
            }
            return new Fixture(s, login, people, mowing, brushing);
        }
    }

    static void network(Browser b, boolean offline) {
        ChromeDriver chrome = (ChromeDriver) b.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    static String status(Browser b) {
        return b.driver().findElement(By.id("sync-status")).getText();
    }

    /** Taps one level in each cell of the open grid, varying the level; returns participant:criterion → rank. */
    static Map<String, Integer> rateEveryCell(Browser b) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        for (WebElement button : b.driver().findElements(By.cssSelector("#task-grid button.level[data-rank='0']"))) {
            cells.add(button.getAttribute("data-p") + ":" + button.getAttribute("data-c"));
        }
        int i = 0;
        for (String cell : cells) {
            String[] pc = cell.split(":");
            List<WebElement> levels = b.driver().findElements(By.cssSelector(
                    "#task-grid button.level[data-p='" + pc[0] + "'][data-c='" + pc[1] + "']:not([data-rank='0'])"));
            WebElement chosen = levels.get(i++ % levels.size());
            int rank = Integer.parseInt(chosen.getAttribute("data-rank"));
            chosen.click();
            b.waitUntil(d -> "true".equals(d.findElement(By.cssSelector("#task-grid button.level[data-p='" + pc[0]
                    + "'][data-c='" + pc[1] + "'][data-rank='" + rank + "']")).getAttribute("aria-pressed")));
            expected.put(cell, rank);
        }
        return expected;
    }

    static void assertAxe(Browser b, String where) {
        List<String> problems = Axe.violations(b);
        assertTrue(problems.isEmpty(), where + ": " + String.join("\n", problems));
    }

    @Test
    void aDayOfferedOfflineReachesTheServerOnceWhenTheNetworkReturns() throws Exception {
        Fixture f = fixture();
        try (Browser b = Browser.tablet()) {
            try {
                journey(b, f);
            } catch (Throwable e) { // what the page showed and said, for whoever reads the failure
                b.screenshot("field-failure");
                System.out.println("field app at failure:\n" + b.text() + "\nconsole: " + b.consoleErrors());
                throw e;
            }
        }
    }

    private void journey(Browser b, Fixture f) throws Exception {
        {
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            b.open("/field/");
            b.waitFor(By.id("login")).sendKeys(f.login());
            b.driver().findElement(By.id("password")).sendKeys(PASSWORD);
            b.driver().findElement(By.id("device")).clear();
            b.driver().findElement(By.id("device")).sendKeys("Tablette parc");
            b.driver().findElement(By.id("login-submit")).click();
            b.waitFor(By.cssSelector("#tasks .task-button"));
            b.waitUntil(d -> status(b).equals("Tout est envoyé"));
            assertTrue(b.text().contains("Tonte"), b.text());
            // the app shell is held by the service worker before the network goes
            b.waitUntil(d -> Boolean.TRUE.equals(js.executeScript("return navigator.serviceWorker.controller !== null;")));
            assertAxe(b, "the day");

            network(b, true);
            Object probe = js.executeAsyncScript("const done = arguments[0];"
                    + "fetch('../health', {cache: 'no-store'}).then(() => done('reached'), () => done('cut'));");
            assertEquals("cut", probe, "the network is really cut for the page");

            b.driver().findElement(By.cssSelector("#tasks .task-button")).click();
            b.waitFor(By.cssSelector("#task-grid .person"));
            assertEquals(5, b.driver().findElements(By.cssSelector("#task-grid .person")).size());
            Map<String, Integer> first = rateEveryCell(b);
            assertEquals(30, first.size(), "5 participants × 6 criteria");
            WebElement note = b.driver().findElement(By.id("note-" + f.people().get(0)));
            note.sendKeys("Très régulier");
            b.waitUntil(d -> status(b).startsWith("30 observations en attente"));
            assertAxe(b, "the grid");
            b.screenshot("field-offline-grid");

            // a reload while offline: the shell from the service worker, the taps from IndexedDB
            b.driver().navigate().refresh();
            b.waitUntil(d -> "true".equals(js.executeScript("return document.body.dataset.ready || null;")));
            b.waitUntil(d -> status(b).startsWith("30 observations en attente"));
            b.waitUntil(d -> d.findElement(By.id("sync-detail")).getText().startsWith("Hors ligne"));
            b.driver().findElement(By.id("sync-now")).click(); // tried while offline: nothing leaves, nothing is lost
            b.waitUntil(d -> status(b).startsWith("30 observations en attente"));
            try (Connection c = db()) {
                assertEquals(0, one(c, "select count(*) from observation where structure_id = ?", f.structure()));
            }
            b.driver().findElement(By.cssSelector("#tasks .task-button")).click();
            b.waitFor(By.cssSelector("#task-grid .person"));
            for (var e : first.entrySet()) {
                String[] pc = e.getKey().split(":");
                assertEquals("true", b.driver().findElement(By.cssSelector("#task-grid button.level[data-p='" + pc[0]
                        + "'][data-c='" + pc[1] + "'][data-rank='" + e.getValue() + "']")).getAttribute("aria-pressed"),
                        "kept after the reload: " + e.getKey());
            }
            assertEquals("Très régulier", b.driver().findElement(By.id("note-" + f.people().get(0))).getAttribute("value"));

            // a new task, still offline, rated with « tous à »
            b.driver().findElement(By.id("back")).click();
            b.waitFor(By.id("new-task")).click();
            new Select(b.waitFor(By.id("new-type"))).selectByValue(String.valueOf(f.brushing()));
            assertEquals(5, b.driver().findElements(By.cssSelector("#new-people input:checked")).size(), "the team, pre-filled");
            b.driver().findElement(By.id("new-save")).click();
            b.waitFor(By.cssSelector("#task-grid .person"));
            assertEquals("Débroussaillage", b.driver().findElement(By.id("task-title")).getText().split(" ")[0]);
            List<String> quick = new ArrayList<>();
            for (WebElement all : b.driver().findElements(By.cssSelector("#task-quick button.level[data-rank='2']"))) {
                quick.add(all.getAttribute("data-all"));
            }
            assertEquals(6, quick.size(), "six criteria");
            for (String criterion : quick) {
                b.driver().findElement(By.cssSelector("#task-quick button.level[data-all='" + criterion + "'][data-rank='2']")).click();
                b.waitUntil(d -> d.findElements(By.cssSelector("#task-grid button.level[data-c='" + criterion
                        + "'][data-rank='2'][aria-pressed='true']")).size() == 5);
            }
            b.waitUntil(d -> status(b).startsWith("1 tâche et 60 observations en attente"));
            b.screenshot("field-offline-new-task");

            // the network returns: everything leaves by itself
            network(b, false);
            new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> status(b).equals("Tout est envoyé"));
            b.screenshot("field-back-online");
            try (Connection c = db()) {
                assertEquals(60, one(c, "select count(*) from observation where structure_id = ?", f.structure()));
                assertEquals(60, one(c, "select count(distinct uuid) from observation where structure_id = ?", f.structure()));
                assertEquals(60, one(c, "select count(distinct task_record_id, participant_id, competency_id) from observation"
                        + " where structure_id = ?", f.structure()), "each cell once");
                assertEquals(2, one(c, "select count(*) from task_record where structure_id = ?", f.structure()));
                assertEquals(1, one(c, "select count(*) from task_record where structure_id = ? and client_uuid is not null"
                        + " and task_type_id = ?", f.structure(), f.brushing()), "the task made offline, under its UUID");
                assertEquals(30, one(c, "select count(*) from observation o join task_record r on r.id = o.task_record_id"
                        + " where o.structure_id = ? and r.client_uuid is not null and o.level_rank = 2", f.structure()));
                for (var e : first.entrySet()) {
                    String[] pc = e.getKey().split(":");
                    assertEquals(e.getValue().longValue(), one(c, "select o.level_rank from observation o join task_record r"
                            + " on r.id = o.task_record_id where o.structure_id = ? and r.client_uuid is null"
                            + " and o.participant_id = ? and o.competency_id = ?", f.structure(), Long.valueOf(pc[0]),
                            Long.valueOf(pc[1])), e.getKey());
                }
                assertEquals(6, one(c, "select count(*) from observation where structure_id = ? and participant_id = ?"
                        + " and note = 'Très régulier'", f.structure(), f.people().get(0)), "the note went with her observations");
            }

            // syncing again sends nothing more
            b.driver().findElement(By.id("sync-now")).click();
            b.waitUntil(d -> d.findElement(By.id("sync-now")).isEnabled() && status(b).equals("Tout est envoyé"));
            try (Connection c = db()) {
                assertEquals(60, one(c, "select count(*) from observation where structure_id = ?", f.structure()));
                assertEquals(2, one(c, "select count(*) from task_record where structure_id = ?", f.structure()));
            }

            // an item Sillon refuses stays in sight with its French reason, until it is corrected or abandoned
            b.driver().findElement(By.id("back")).click();
            b.waitFor(By.id("new-task")).click();
            new Select(b.waitFor(By.id("new-team"))).selectByVisibleText("Équipe renfort");
            b.waitUntil(d -> d.findElements(By.cssSelector("#new-people input:checked")).size() == 1);
            b.driver().findElement(By.id("new-save")).click();
            b.waitFor(By.cssSelector("#task-grid .person"));
            b.driver().findElement(By.id("back")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> status(b).contains("1 élément refusé : à corriger"));
            WebElement refused = b.waitFor(By.id("rejected"));
            assertTrue(refused.getText().contains("aucun contrat en cours"), refused.getText());
            b.screenshot("field-rejected");
            b.driver().navigate().refresh(); // still there after a reload
            b.waitUntil(d -> d.findElement(By.id("rejected")).getText().contains("aucun contrat en cours"));
            b.driver().findElement(By.cssSelector("#rejected-list button.danger")).click();
            b.waitUntil(d -> status(b).equals("Tout est envoyé") && !d.findElement(By.id("rejected")).isDisplayed());
            try (Connection c = db()) {
                assertEquals(2, one(c, "select count(*) from task_record where structure_id = ?", f.structure()));
            }
        }
    }
}
