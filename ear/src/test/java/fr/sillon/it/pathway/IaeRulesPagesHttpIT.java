package fr.sillon.it.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box, demo data: the pathway screens show issue 13's suspension and prolongation beyond 24 months. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IaeRulesPagesHttpIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static HttpResponse<String> pathwayOf(WebClient web, String lastName) throws Exception {
        HttpResponse<String> list = web.get("/coordinator/participants.xhtml");
        Matcher link = Pattern.compile("pathway\\.xhtml\\?id=(\\d+)").matcher(list.body());
        Set<String> ids = new LinkedHashSet<>();
        while (link.find()) {
            ids.add(link.group(1));
        }
        for (String id : ids) {
            HttpResponse<String> page = web.get("/coordinator/pathway.xhtml?id=" + id);
            if (page.body().contains(lastName)) {
                return page;
            }
        }
        throw new AssertionError(lastName + " not listed: " + list.body());
    }

    @Test
    void suspensionAndSeniorProlongationAreShown() throws Exception {
        WebClient web = new WebClient();
        web.login("coordinatrice", "sillon2026");

        HttpResponse<String> camara = pathwayOf(web, "Camara");
        assertEquals(200, camara.statusCode());
        String body = camara.body();
        assertTrue(body.contains("Suspensions et dérogations"), body);
        assertTrue(body.contains("Arrêt maladie"), "the sickness suspension is listed");
        assertTrue(body.contains("Plus de 15 jours : reporte la fin du PASS IAE"), "its effect is said");
        assertTrue(body.contains("15 jours ou moins : pas de report"), "the short PMSMP suspension too");
        assertTrue(body.contains("Jours reportés"), body);

        HttpResponse<String> guillou = pathwayOf(web, "Guillou");
        assertTrue(guillou.body().contains("50 ans et plus (jusqu’à 84 mois, art. R5132-1-8)"), guillou.body());
        assertTrue(guillou.body().contains("France Travail Rennes Sud — Mme Le Goff"), "who decided the prolongation");
    }
}
