package fr.sillon.it.spaces;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black box over HTTP: each space's home is filled by the demo story; a referent cannot open an unassigned pathway. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpacesHttpIT {
    static final String PASSWORD = "sillon2026";
    static final Pattern SUMMARY_LINK = Pattern.compile("referent/pathway\\.xhtml\\?id=(\\d+)\"[^>]*>Sébastien Garnier<");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void participantHomeShowsTheirOwnPathway() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> home = web.login("participant", PASSWORD);
        assertEquals(200, home.statusCode());
        String easy = home.body();
        // « Facile à lire et à comprendre » (issue 15): the home; the former page is the « version détaillée »
        assertTrue(easy.contains("Bonjour Sébastien !"), easy);
        assertTrue(easy.contains("Mon contrat") && easy.contains("Votre contrat finit le"), easy);
        assertTrue(easy.contains("bon de commande"), "the supervisor's note");
        assertTrue(easy.matches("(?s).*\\d+ savoir-faire validés sur 106.*"), easy);
        assertEquals(7, easy.split(java.util.regex.Pattern.quote("class=\"easy-domain\""), -1).length - 1,
                "one pictogram per CléA domain (7)");
        assertFalse(easy.contains("Amina") || easy.contains("Diallo"), "nobody else");
        String html = web.get("/participant/detail.xhtml").body();
        assertTrue(html.contains("id=\"space-participant-detail\""), html);
        assertTrue(html.contains("Bonjour Sébastien"), html);
        assertTrue(html.contains("Mon contrat") && html.contains("id=\"contract-dates\""), html);
        assertTrue(html.contains("Mon prochain rendez-vous"), html);
        assertTrue(html.contains("bon de commande"), "the supervisor's note");
        assertTrue(html.contains("Ce que j'ai validé") || html.contains("Ce que j&#39;ai validé"), html);
        assertEquals(7, html.split(java.util.regex.Pattern.quote("class=\"card me-domain\""), -1).length - 1,
                "one card per CléA domain (7)");
        assertEquals(7, html.split(java.util.regex.Pattern.quote("PrimeFaces.cw(\"Chart\""), -1).length - 1,
                "a chart in each card");
        assertFalse(html.contains("Amina") || html.contains("Diallo"), "nobody else");
    }

    @Test
    void referentOpensAnAssignedSummaryButNotAnotherPathway() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> home = web.login("referent", PASSWORD);
        String html = home.body();
        assertTrue(html.contains("id=\"space-referent\""), html);
        assertTrue(html.contains("Loïc Guého"), "across structures");
        assertFalse(html.contains("Amina Diallo"), html);
        Matcher m = SUMMARY_LINK.matcher(html);
        assertTrue(m.find(), html);
        long seb = Long.parseLong(m.group(1));

        HttpResponse<String> summary = web.get("/referent/pathway.xhtml?id=" + seb);
        assertEquals(200, summary.statusCode());
        assertTrue(summary.body().contains("Synthèse de parcours"), summary.body());
        assertTrue(summary.body().contains("Biocoop Rennes Cleunay"));
        assertFalse(summary.body().contains("Lombalgies") || summary.body().contains("médecine du travail"));
        assertFalse(summary.body().contains("Séparation récente"));

        // Amina's pathway exists (her coordinator opens it) but is not assigned to this referent
        long amina = WebClient.pathwayIdOf("Diallo Amina");
        HttpResponse<String> refused = web.get("/referent/pathway.xhtml?id=" + amina);
        assertEquals(404, refused.statusCode());
        assertFalse(refused.body().contains("Diallo"));
        assertEquals(404, web.get("/referent/pathway.xhtml?id=999999").statusCode());
        assertEquals(404, web.get("/referent/pathway.xhtml").statusCode());
    }

    @Test
    void supervisorDayShowsTodaysTasksWithOneTapToObserve() throws Exception {
        WebClient web = new WebClient();
        String html = web.login("encadrant", PASSWORD).body();
        assertTrue(html.contains("id=\"space-supervisor\""), html);
        assertTrue(html.contains("Les tâches du jour"), html);
        assertTrue(html.contains("supervisor/observe.xhtml?task="), "one tap to observe: " + html);
        assertTrue(html.contains("Équipe maraîchage"), html);
        assertTrue(html.contains("supervisor/evidence.xhtml?participant="), "my participants, one tap to their evidence");
        assertTrue(html.contains("prêt(s) à valider"), html);
    }

    @Test
    void coordinatorSeesTheAccountsOfTheStructureOnly() throws Exception {
        WebClient web = new WebClient();
        assertTrue(web.login("coordinatrice", PASSWORD).body().contains("id=\"space-coordinator\""));
        HttpResponse<String> page = web.get("/coordinator/accounts.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("participant2"), page.body());
        assertFalse(page.body().contains("encadrante2"), "another structure's account");
        assertEquals(403, loggedInGet("encadrant", "/coordinator/accounts.xhtml"), "a supervisor is refused");
    }

    private static int loggedInGet(String login, String path) throws Exception {
        WebClient web = new WebClient();
        web.login(login, PASSWORD);
        return web.get(path).statusCode();
    }
}
