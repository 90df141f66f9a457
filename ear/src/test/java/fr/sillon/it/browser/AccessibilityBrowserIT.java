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
 * page at each size is kept under {@code target/screenshots/a11y-*}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {
    static final String PASSWORD = "sillon2026";
    private static final Pattern PATHWAY = Pattern.compile("pathway\\.xhtml\\?id=(\\d+)");
    private static final Pattern TASK = Pattern.compile("observe\\.xhtml\\?task=(\\d+)");
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
            for (String page : List.of("/login.xhtml", "/verify.xhtml", "/accessibilite.xhtml", "/nothing-here.xhtml")) {
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
                "/coordinator/import.xhtml", "/coordinator/settings.xhtml"));
        spaces.put("encadrant", List.of("/supervisor/index.xhtml", "observe", "evidence", "/supervisor/task.xhtml",
                "/supervisor/validations.xhtml"));
        spaces.put("participant", List.of("/participant/index.xhtml", "/participant/detail.xhtml", "/participant/progress.xhtml",
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
        System.out.println("axe-core: " + pages[0] + " page views checked, " + problems.size() + " problem(s)");
        assertTrue(problems.isEmpty(), problems.size() + " accessibility problem(s) on " + pages[0]
                + " page views:\n" + String.join("\n", problems));
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
