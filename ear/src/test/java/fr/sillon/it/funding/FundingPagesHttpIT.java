package fr.sillon.it.funding;

import static fr.sillon.it.WebClient.assertRendered;
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

        // RSA: the list on the home's link, then the Département's sheet of Sébastien Garnier (second click)
        HttpResponse<String> rsa = web.get("/coordinator/rsa.xhtml");
        assertRendered(rsa, "Suivi des bénéficiaires du RSA", "Garnier Sébastien", "Rendez-vous proposés",
                "Points avec le référent", "Fiche pour le Département (PDF)");
        String body = rsa.body();
        java.util.regex.Matcher sheet = java.util.regex.Pattern.compile("name=\"(rsa:rows:\\d+:sheet)\"")
                .matcher(body.substring(body.indexOf("Garnier Sébastien")));
        assertTrue(sheet.find(), "a sheet button on Sébastien Garnier's row");
        Map<String, String> rsaForm = new LinkedHashMap<>();
        rsaForm.put("rsa", "rsa");
        rsaForm.put("rsa:y_input", Integer.toString(LocalDate.now().getYear()));
        rsaForm.put(sheet.group(1), "");
        rsaForm.put("jakarta.faces.ViewState", WebClient.viewState(body));
        HttpResponse<String> rsaPdf = web.postForm(rsa.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), rsaForm);
        assertEquals(200, rsaPdf.statusCode());
        assertTrue(rsaPdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                rsaPdf.headers().map().toString());
        assertTrue(rsaPdf.body().startsWith("%PDF"), "a PDF");

        // FSE+: the completeness grid (Kévin Le Floch's household missing), then the participants' CSV
        HttpResponse<String> fse = web.get("/coordinator/fse.xhtml");
        assertRendered(fse, "Participants FSE+", "Le Floch Kévin", "Situation du ménage", "Grille de complétude");
        Map<String, String> fseForm = new LinkedHashMap<>();
        fseForm.put("fse", "fse");
        fseForm.put("fse:y_input", Integer.toString(LocalDate.now().getYear()));
        fseForm.put("fse:csv", "");
        fseForm.put("jakarta.faces.ViewState", WebClient.viewState(fse.body()));
        HttpResponse<String> csv = web.postForm(fse.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), fseForm);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().map().toString());
        assertTrue(csv.body().contains("Participants FSE+"), csv.body());
        assertTrue(csv.body().contains("Éléments manquants"), csv.body());

        // the home links to both
        assertRendered(web.get("/coordinator/index.xhtml"), "Suivi RSA", "Participants FSE+");

        WebClient supervisor = new WebClient();
        supervisor.login("encadrant", PASSWORD);
        assertEquals(403, supervisor.get("/coordinator/funders.xhtml").statusCode());
        assertEquals(403, supervisor.get("/coordinator/rsa.xhtml").statusCode());
        assertEquals(403, supervisor.get("/coordinator/fse.xhtml").statusCode());
    }
}
