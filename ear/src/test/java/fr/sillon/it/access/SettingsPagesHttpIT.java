package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black box: the coordinator's settings and import pages, and the admin pages, render for their role only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsPagesHttpIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theCoordinatorSeesTheSettingsAndTheImportOfTheirStructure() throws Exception {
        WebClient web = new WebClient();
        web.login("coordinatrice", PASSWORD);
        HttpResponse<String> settings = web.get("/coordinator/settings.xhtml");
        assertEquals(200, settings.statusCode());
        assertTrue(settings.body().contains("value=\"Claire Morvan\""), settings.body());
        assertTrue(settings.body().contains("Règles de validation des compétences"), settings.body());
        assertTrue(settings.body().contains("Règle de la plateforme"), "shared frameworks are read only");
        assertFalse(settings.body().contains("Marc Le Goff"), "never the other structure's signatory");
        HttpResponse<String> page = web.get("/coordinator/import.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("nom;prenom;date_naissance;date_entree"), page.body());
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        WebClient supervisor = new WebClient();
        supervisor.login("encadrant", PASSWORD);
        assertEquals(403, supervisor.get("/coordinator/settings.xhtml").statusCode());
        assertEquals(403, supervisor.get("/coordinator/import.xhtml").statusCode());
        assertEquals(403, supervisor.get("/admin/structures.xhtml").statusCode());
        WebClient admin = new WebClient();
        admin.login("admin", PASSWORD);
        HttpResponse<String> structures = admin.get("/admin/structures.xhtml");
        assertEquals(200, structures.statusCode());
        // other ITs add structures: the demo ones may be on a later page of the paged list
        assertTrue(structures.body().contains("Structures de la plateforme"), structures.body());
        assertTrue(structures.body().contains("SIRET (14 chiffres)"), structures.body());
        assertTrue(structures.body().contains(">Ouverte"), "rows with their state:\n" + structures.body());
        assertEquals(200, admin.get("/admin/partners.xhtml").statusCode());
        HttpResponse<String> accounts = admin.get("/admin/accounts.xhtml");
        assertEquals(200, accounts.statusCode());
        // other ITs add accounts too: the demo referent may be on a later page; the list shows its first rows
        assertTrue(accounts.body().contains("data-ri=\"0\""), "accounts are listed:\n" + accounts.body());
        assertEquals(404, admin.get("/setup.xhtml").statusCode(), "set-up is closed once an administrator exists");
    }
}
