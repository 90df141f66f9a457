package fr.sillon.it.browser;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The platform administrator's journey in the browser (issue 10, point 4): a structure, a partner organisation, the
 * structure's coordinator with a provisional password shown once — and the coordinator logs in with it (and must
 * choose their own password first, issue 14). A coordinator
 * is refused the admin pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformAdminBrowserIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String siret() {
        String base = "8" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        for (int d = 0; d < 10; d++) {
            if (fr.sillon.domain.access.Siret.isValid(base + d)) {
                return base + d;
            }
        }
        throw new AssertionError();
    }

    @Test
    void theAdministratorCreatesAStructureAPartnerAndACoordinatorWhoLogsIn() throws Exception {
        String siret = siret();
        String name = "Jardin de Cocagne " + siret.substring(9);
        String login = "coco." + siret.substring(9);
        String provisional;
        try (Browser b = Browser.tablet()) {
            b.login("admin", PASSWORD);
            b.open("/admin/structures.xhtml");
            b.driver().findElement(By.id("structures:name")).sendKeys(name);
            b.driver().findElement(By.id("structures:siret")).sendKeys("123 456 789 00000");
            b.driver().findElement(By.id("structures:save")).click();
            b.waitForAjax();
            assertTrue(b.text().contains("clé de contrôle ne correspond pas"), b.text());

            b.driver().findElement(By.id("structures:siret")).clear();
            b.driver().findElement(By.id("structures:siret")).sendKeys(siret);
            b.driver().findElement(By.id("structures:city")).sendKeys("Bain-de-Bretagne");
            b.driver().findElement(By.id("structures:capacity_input")).sendKeys("12,5");
            b.driver().findElement(By.id("structures:save")).click();
            b.waitForAjax();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("est créée"));
            b.screenshot("admin-1-structure");
            assertTrue(b.text().contains("Bain-de-Bretagne"), "the paged list shows the new structure:\n" + b.text());

            b.open("/admin/partners.xhtml");
            b.choose("partners:kind", "Mission locale");
            b.driver().findElement(By.id("partners:name")).sendKeys("Mission locale " + siret.substring(9));
            b.driver().findElement(By.id("partners:save")).click();
            b.waitForAjax();
            b.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("est créée"));

            b.open("/admin/accounts.xhtml");
            b.choose("accounts:structure", name);
            b.driver().findElement(By.id("accounts:login")).sendKeys(login);
            b.driver().findElement(By.id("accounts:name")).sendKeys("Coline Hamon");
            b.driver().findElement(By.id("accounts:create")).click();
            b.waitForAjax();
            WebElement password = b.waitFor(By.id("issued-password"));
            provisional = password.getText().trim();
            assertEquals(12, provisional.length(), b.text());
            b.screenshot("admin-2-coordinator");
        }
        WebClient coordinator = new WebClient();
        var first = coordinator.login(login, provisional);
        // issue 14: a provisional password opens only the page where the person chooses their own
        assertTrue(first.uri().getPath().endsWith("/account/password.xhtml"), first.uri() + "\n" + first.body());
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:current", provisional);
        form.put("password:next", "les poireaux de la serre nord");
        form.put("password:confirmation", "les poireaux de la serre nord");
        form.put("password:change", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(first.body()));
        var home = coordinator.postForm(first.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
        assertTrue(home.uri().getPath().endsWith("/coordinator/index.xhtml"), home.uri() + "\n" + home.body());
        assertEquals(403, coordinator.get("/admin/structures.xhtml").statusCode());
    }

    @Test
    void aCoordinatorIsRefusedTheAdministration() throws Exception {
        WebClient web = new WebClient();
        web.login("coordinatrice", PASSWORD);
        for (String page : List.of("/admin/structures.xhtml", "/admin/partners.xhtml", "/admin/accounts.xhtml")) {
            assertEquals(403, web.get(page).statusCode(), page);
        }
    }
}
