package fr.sillon.it.framework;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black box over HTTP: the frameworks REST API and the « Référentiels » pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkHttpIT {
    static final String PASSWORD = "sillon2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** An API call as a script makes it: a token for the account, then the call with it. */
    static HttpResponse<String> bearer(String path, String login) throws Exception {
        WebClient web = new WebClient();
        return web.getBearer(path, web.token(login, PASSWORD));
    }

    @Test
    void restListsTheVisibleFrameworks() throws Exception {
        HttpResponse<String> r = bearer("/api/v1/frameworks", "encadrant");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"CLEA\""), r.body());
        assertTrue(r.body().contains("\"criteria\":106"), r.body());
    }

    @Test
    void restGivesTheWholeTreeAsJson() throws Exception {
        HttpResponse<String> r = bearer("/api/v1/frameworks/CLEA/2018", "participant");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("Utiliser les informations d'un tableau à double entrée"), "UTF-8 body");
        assertEquals(106, Pattern.compile("\"kind\"\\s*:\\s*\"CRITERION\"").matcher(r.body()).results().count());
        assertEquals(28, Pattern.compile("\"kind\"\\s*:\\s*\"SUBDOMAIN\"").matcher(r.body()).results().count());
    }

    @Test
    void restRequiresAuthenticationAndAnswers404ForUnknownFrameworks() throws Exception {
        assertEquals(401, new WebClient().get("/api/v1/frameworks").statusCode());
        HttpResponse<String> r = bearer("/api/v1/frameworks/NOPE/1", "coordinatrice");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("introuvable"), r.body());
    }

    @Test
    void coordinatorAndAdminReachTheFrameworksScreen() throws Exception {
        WebClient coordinator = new WebClient();
        coordinator.login("coordinatrice", PASSWORD);
        HttpResponse<String> page = coordinator.get("/coordinator/frameworks.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Référentiels de compétences"), page.body());
        assertTrue(page.body().contains("CLEA_NUM"), page.body());
        assertTrue(page.body().contains("importForm"), "import form for coordinators");

        WebClient admin = new WebClient();
        admin.login("admin", PASSWORD);
        HttpResponse<String> adminPage = admin.get("/admin/frameworks.xhtml");
        assertEquals(200, adminPage.statusCode());
        assertTrue(adminPage.body().contains("ESPACES_VERTS"), adminPage.body());

        WebClient supervisor = new WebClient();
        supervisor.login("encadrant", PASSWORD);
        assertEquals(403, supervisor.get("/coordinator/frameworks.xhtml").statusCode());
    }
}
