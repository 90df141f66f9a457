package fr.sillon.it.browser;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * RGAA / WCAG 2.1 AA: axe-core runs on every page of every space, on a tablet in landscape (1280×800) and in
 * portrait (800×1280), and the test fails on any A or AA violation, listing them all. Each page of each space also
 * shows the one navigation of its space with the current page marked by {@code aria-current}. A screenshot of each
 * page at each size is kept under {@code target/screenshots/a11y-*}. The field app's sign-in is checked here, its day
 * and grid by {@link FieldBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {
    static final String PASSWORD = "sillon2026";
    private static final Pattern PATHWAY = Pattern.compile("pathway\\.xhtml\\?id=(\\d+)");
    private static final Pattern TASK = Pattern.compile("observe\\.xhtml\\?task=(\\d+)");
    private static final Map<String, Long> TIMINGS = new java.util.LinkedHashMap<>();
    private static final Pattern EVIDENCE = Pattern.compile("evidence\\.xhtml\\?participant=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageOfEverySpacePassesAxeAtBothSizes() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] pages = {0};
        try (Browser b = Browser.tablet()) {
            for (String page : List.of("/login.xhtml", "/verify.xhtml", "/accessibilite.xhtml", "/nothing-here.xhtml",
                    "/field/", "/totp.xhtml")) {
                check(b, "public", page, false, problems, pages);
            }
        }
        Map<String, List<String>> spaces = new java.util.LinkedHashMap<>();
        spaces.put("admin", List.of("/admin/index.xhtml", "/admin/structures.xhtml", "/admin/partners.xhtml",
                "/admin/accounts.xhtml", "/admin/frameworks.xhtml", "/admin/audit.xhtml", "/accessibilite.xhtml"));
        spaces.put("coordinatrice", List.of("/coordinator/index.xhtml", "/coordinator/dashboard.xhtml",
                "/coordinator/participants.xhtml", "pathway", "/coordinator/certificates.xhtml",
                "/coordinator/indicators.xhtml", "/coordinator/activity.xhtml", "/coordinator/frameworks.xhtml",
                "/coordinator/accounts.xhtml", "/coordinator/devices.xhtml", "/coordinator/audit.xhtml",
                "/coordinator/import.xhtml", "/coordinator/settings.xhtml", "/coordinator/hours.xhtml",
                "/coordinator/funders.xhtml", "/coordinator/followup.xhtml", "/coordinator/rsa.xhtml",
                "/coordinator/fse.xhtml", "/account/totp.xhtml"));
        spaces.put("encadrant", List.of("/supervisor/index.xhtml", "observe", "evidence", "/supervisor/task.xhtml",
                "/supervisor/validations.xhtml"));
        spaces.put("participant", List.of("/participant/index.xhtml", "/participant/detail.xhtml", "/participant/progress.xhtml", "/account/password.xhtml",
                "/participant/certificates.xhtml"));
        spaces.put("referent", List.of("/referent/index.xhtml", "pathway", "/referent/certificates.xhtml"));
        for (var space : spaces.entrySet()) {
            try (Browser b = Browser.tablet()) {
                b.login(space.getKey(), PASSWORD);
                for (String page : space.getValue()) {
                    String path = switch (page) {
                        case "pathway" -> first(PATHWAY, b, space.getKey().equals("referent") ? "/referent/index.xhtml"
                                : "/coordinator/participants.xhtml", space.getKey().equals("referent")
                                ? "/referent/pathway.xhtml?id=" : "/coordinator/pathway.xhtml?id=");
                        case "observe" -> first(TASK, b, "/supervisor/index.xhtml", "/supervisor/observe.xhtml?task=");
                        case "evidence" -> first(EVIDENCE, b, "/supervisor/index.xhtml", "/supervisor/evidence.xhtml?participant=");
                        default -> page;
                    };
                    check(b, space.getKey(), path, !page.equals("/accessibilite.xhtml"), problems, pages);
                }
            }
        }
        System.out.println("display time in Chromium (navigation start → load event end, ms; measure, not a goal):");
        TIMINGS.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getValue(), e.getKey()));
        System.out.println("axe-core: " + pages[0] + " page views checked, " + problems.size() + " problem(s)");
        assertTrue(problems.isEmpty(), problems.size() + " accessibility problem(s) on " + pages[0]
                + " page views:\n" + String.join("\n", problems));
    }

    /**
     * The observation grid with the keyboard only: the skip link comes first and leads to the content, every stop
     * shows its focus, a level is chosen with the space bar (and announced as checked), the note is typed, and the
     * save button is reached — no trap on the way.
     */
    @Test
    void theObservationGridWorksWithTheKeyboardOnly() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("encadrant", PASSWORD);
            b.open(first(TASK, b, "/supervisor/index.xhtml", "/supervisor/observe.xhtml?task="));
            b.waitFor(By.cssSelector(".obs-levels"));
            var js = (org.openqa.selenium.JavascriptExecutor) b.driver();
            var keys = new org.openqa.selenium.interactions.Actions(b.driver());
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            WebElement skip = b.driver().switchTo().activeElement();
            assertTrue(skip.getAttribute("class").contains("skip-link"), "the skip link comes first: " + skip.getTagName());
            assertTrue(skip.getLocation().getX() >= 0, "the skip link shows when focused");
            keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            b.waitUntil(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));

            List<String> invisible = new ArrayList<>();
            String visible = "const e = document.activeElement, s = getComputedStyle(e);"
                    + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';";
            int radios = 0;
            boolean rated = false;
            boolean noted = false;
            int tabs = 0;
            while (tabs++ < 600) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
                WebElement focused = b.driver().switchTo().activeElement();
                if (!Boolean.TRUE.equals(js.executeScript(visible))) {
                    invisible.add(focused.getTagName() + "#" + focused.getAttribute("id") + "." + focused.getAttribute("class"));
                }
                if ("radio".equals(focused.getAttribute("role")) && !rated && ++radios == 3) {
                    keys.sendKeys(" ").perform();
                    b.waitUntil(d -> "true".equals(focused.getAttribute("aria-checked")));
                    assertTrue(focused.getAttribute("class").contains("ui-state-active"), "the space bar chose the level");
                    rated = true;
                }
                String id = String.valueOf(focused.getAttribute("id"));
                if (rated && !noted && id.endsWith(":note")) {
                    focused.sendKeys("Au clavier seulement");
                    noted = true;
                }
                if (id.equals("grid:save")) {
                    break;
                }
            }
            b.screenshot("a11y-keyboard-grid");
            assertTrue(rated, "a level was reached and chosen with the keyboard");
            assertTrue(noted, "the note of the person was reached after the levels");
            assertEquals("grid:save", b.driver().switchTo().activeElement().getAttribute("id"),
                    "the save button is reached with Tab (" + tabs + " stops)");
            assertTrue(invisible.isEmpty(), "focus not visible on: " + invisible);
        }
    }

    /** « Mon parcours » is easy to read and reads aloud; the coordinator's home shows its figures and charts. */
    @Test
    void theParticipantsHomeReadsAloudAndTheCoordinatorsHomeShowsItsFigures() throws Exception {
        try (Browser b = Browser.tablet()) {
            b.login("participant", PASSWORD);
            WebElement count = b.waitFor(By.id("easy-count"));
            assertTrue(count.getText().matches("\\d+ savoir-faire validés sur 106"), count.getText());
            assertEquals(7, b.driver().findElements(By.cssSelector(".easy-domain img[src$='.svg']")).size(),
                    "a pictogram for each CléA domain");
            assertFalse(b.driver().findElements(By.cssSelector(".easy-task img[src*='/picto/task-']")).isEmpty(),
                    "a pictogram for each task");
            WebElement listen = b.driver().findElement(By.cssSelector("[data-listen='easy-progress']"));
            listen.click();
            b.waitUntil(d -> listen.getAttribute("data-spoken") != null);
            assertTrue(listen.getAttribute("data-spoken").contains(count.getText()),
                    "« Écouter » reads the block: " + listen.getAttribute("data-spoken"));
            assertFalse(listen.getAttribute("data-spoken").contains("Écouter"), "the button itself is not read");
            b.screenshot("a11y-participant-ecouter");
        }
        try (Browser b = Browser.tablet()) {
            b.login("coordinatrice", PASSWORD);
            WebElement ending = b.waitFor(By.id("figure-CONTRACT_ENDING_30"));
            int n = Integer.parseInt(ending.findElement(By.cssSelector(".home-figure-count")).getText());
            assertTrue(n >= 1, "Amina's contract ends in 25 days: " + ending.getText());
            assertFalse(b.driver().findElements(By.cssSelector("#alertsChart canvas")).isEmpty(), "the alerts chart is drawn");
            assertFalse(b.driver().findElements(By.cssSelector("#exitsChart canvas")).isEmpty(), "the exits chart is drawn");
            assertTrue(b.driver().findElement(By.id("figure-dynamicRate")).getText().contains("%"),
                    "Nathalie's exit gives a rate of sorties dynamiques");
            ending.click();
            b.waitFor(By.id("alerts"));
            List<WebElement> rows = b.driver().findElements(By.cssSelector("[id='alerts'] tbody tr"));
            assertEquals(n, rows.size(), "the figure opens its list");
            assertTrue(rows.stream().allMatch(r -> r.getText().contains("30 jours")), "only the contracts ending in 30 days");

            b.open(first(PATHWAY, b, "/coordinator/participants.xhtml", "/coordinator/pathway.xhtml?id="));
            assertFalse(b.driver().findElements(By.cssSelector("#timelinePicture .tl-lane-contracts .tl-mark")).isEmpty(),
                    "the pathway's contracts on the time axis");
        }
        try (Browser b = Browser.tablet()) {
            b.login("referent", PASSWORD);
            b.open(first(PATHWAY, b, "/referent/index.xhtml", "/referent/pathway.xhtml?id="));
            WebElement picture = b.waitFor(By.id("timelinePicture"));
            assertFalse(picture.findElements(By.cssSelector(".tl-lane-contracts .tl-period")).isEmpty(), "contracts as periods");
            assertFalse(picture.findElements(By.cssSelector(".tl-lane-followUp .tl-INTERVIEW")).isEmpty(), "interviews");
            b.screenshot("a11y-referent-chronologie");
        }
    }

    /** The first link matching {@code link} on {@code list}, as {@code prefix + id}. */
    private static String first(Pattern link, Browser b, String list, String prefix) {
        b.open(list);
        Matcher m = link.matcher(b.driver().getPageSource());
        assertTrue(m.find(), "no link " + link + " on " + list);
        return prefix + m.group(1);
    }

    private static void check(Browser b, String who, String path, boolean navigation, List<String> problems, int[] pages)
            throws Exception {
        String name = "a11y-" + who + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-xhtml.*", "");
        b.driver().manage().window().setSize(new Dimension(1280, 800));
        b.open(path);
        b.waitForAjax();
        Object load = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? Math.round(n.loadEventEnd) : -1;");
        TIMINGS.put(who + " " + path.replaceAll("\\?.*", ""), ((Number) load).longValue());
        for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(800, 1280))) {
            b.driver().manage().window().setSize(size);
            pages[0]++;
            String where = who + " " + path + " @" + size.width + "×" + size.height + ": ";
            if (!b.driver().getCurrentUrl().contains(path.replaceAll("\\?.*", ""))) {
                problems.add(where + "redirected to " + b.driver().getCurrentUrl());
            }
            for (String v : Axe.violations(b)) {
                problems.add(where + v);
            }
            for (String error : b.consoleErrors()) {
                if (!error.contains(path)) { // the 404 page's own status is expected
                    problems.add(where + "console: " + error);
                }
            }
            if (navigation) {
                List<WebElement> current = b.driver().findElements(By.cssSelector("nav.spacenav [aria-current]"));
                if (current.size() != 1) {
                    problems.add(where + current.size() + " link(s) of the navigation marked aria-current (one expected)");
                }
                int top = b.driver().findElement(By.cssSelector("header.topbar")).getSize().height;
                if (top > 130) {
                    problems.add(where + "the header is " + top + " px high (the navigation wraps)");
                }
                boolean button = b.driver().findElement(By.cssSelector(".nav-toggle")).isDisplayed();
                if (button != (size.width < 1024)) {
                    problems.add(where + "the menu button is " + (button ? "shown" : "hidden"));
                }
            }
            b.screenshot(name + "-" + size.width);
        }
    }
}
