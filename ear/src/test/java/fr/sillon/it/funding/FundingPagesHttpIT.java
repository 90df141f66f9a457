package fr.sillon.it.funding;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box: the funders' pages render on the demo in French, and the bilan downloads in two clicks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundingPagesHttpIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static void assertRendered(HttpResponse<String> page, String... texts) {
        assertEquals(200, page.statusCode(), page.uri() + "\n" + page.body());
        assertFalse(page.body().contains("Une erreur est survenue"), page.body());
        for (String t : texts) {
            assertTrue(page.body().contains(t), t + " missing in " + page.uri() + "\n" + page.body());
        }
    }

    @Test
    void pagesRenderAndTheBilanDownloads() throws Exception {
        WebClient web = new WebClient();
        web.login("coordinatrice", PASSWORD);
        assertRendered(web.get("/coordinator/hours.xhtml"), "Heures travaillées et ETP", "Garnier Sébastien",
                "ETP conventionnés", "nom;prenom;mois;heures_travaillees");
        assertRendered(web.get("/coordinator/followup.xhtml"), "Suivi à 6 mois après la sortie", "Carré Bruno",
                "en retard", "Injoignable");
        HttpResponse<String> funders = web.get("/coordinator/funders.xhtml");
        assertRendered(funders, "Rapports pour les financeurs", "Bilan (PDF)", "Déclaration d'accompagnement (CSV)");

        // second click: the PDF button of the page's form (the year preselected, no confirmation ticked)
        Map<String, String> form = new LinkedHashMap<>();
        form.put("funders", "funders");
        form.put("funders:y_input", Integer.toString(LocalDate.now().getYear()));
        form.put("funders:bilanPdf", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(funders.body()));
        HttpResponse<String> pdf = web.postForm(funders.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                pdf.headers().map().toString());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");

        WebClient supervisor = new WebClient();
        supervisor.login("encadrant", PASSWORD);
        assertEquals(403, supervisor.get("/coordinator/funders.xhtml").statusCode());
    }
}
