package fr.sillon.it.pathway;

import static fr.sillon.it.WebClient.assertRendered;
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

/** Black-box: the coordinator's pathway pages render (demo data) in French, and only for coordinators. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathwayPagesHttpIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void coordinatorPagesRender() throws Exception {
        WebClient web = new WebClient();
        web.login("coordinatrice", PASSWORD);

        HttpResponse<String> list = web.get("/coordinator/participants.xhtml");
        assertRendered(list, "Salarié·es en parcours", "Fin du contrat en cours");
        Matcher link = Pattern.compile("pathway\\.xhtml\\?id=(\\d+)").matcher(list.body());
        assertTrue(link.find(), "the demo pathways are listed: " + list.body());

        HttpResponse<String> pathway = web.get("/coordinator/pathway.xhtml?id=" + link.group(1));
        assertRendered(pathway, "Identité", "Contrats", "Entretiens", "Freins", "Immersions", "Formations", "Sortie",
                "Chronologie", "Entrée dans le parcours");

        assertRendered(web.get("/coordinator/dashboard.xhtml"), "Alertes des parcours", "Pas d'entretien depuis plus de 6 semaines");
        assertRendered(web.get("/coordinator/indicators.xhtml"), "Indicateurs", "Calculer");

        HttpResponse<String> unknown = web.get("/coordinator/pathway.xhtml?id=999999");
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void supervisorsDoNotReachTheCoordinatorPages() throws Exception {
        WebClient web = new WebClient();
        web.login("encadrant", PASSWORD);
        assertEquals(403, web.get("/coordinator/participants.xhtml").statusCode());
        assertEquals(403, web.get("/coordinator/pathway.xhtml?id=1").statusCode());
    }
}
