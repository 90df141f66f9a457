package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black box over HTTP: login of each demo role, spaces refused to other roles, API authentication, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHttpIT {
    static final String PASSWORD = "sillon2026";
    /** One token per demo account for the whole class (issuing one checks a password: not once per call). */
    static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    static final List<String> SPACES = List.of("admin", "coordinator", "supervisor", "participant", "referent");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0} lands on /{1} and is refused the other spaces")
    @CsvSource({"admin,admin", "coordinatrice,coordinator", "encadrant,supervisor", "participant,participant",
            "referent,referent"})
    void eachRoleLandsOnItsSpaceAndIsRefusedTheOthers(String login, String space) throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> home = web.login(login, PASSWORD);
        assertEquals(200, home.statusCode());
        assertTrue(home.uri().getPath().endsWith("/sillon/" + space + "/index.xhtml"), home.uri().toString());
        assertTrue(home.body().contains("id=\"space-" + space + "\""), home.body());
        assertTrue(home.body().contains("lang=\"fr\""));

        for (String other : SPACES) {
            if (other.equals(space) || space.equals("coordinator") && other.equals("supervisor")) {
                continue; // a coordinator can do everything a supervisor can
            }
            HttpResponse<String> refused = web.get("/" + other + "/index.xhtml");
            assertEquals(403, refused.statusCode(), login + " → /" + other);
            assertTrue(refused.body().contains("Accès refusé"), refused.body());
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> page = web.login("referent", "pas-le-bon");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.uri().toString());
        assertTrue(page.body().contains("Identifiant ou mot de passe incorrect"), page.body());
        assertEquals(200, web.get("/login.xhtml").statusCode());
        HttpResponse<String> protectedPage = web.get("/referent/index.xhtml");
        assertTrue(protectedPage.uri().getPath().endsWith("/login.xhtml"), "anonymous → login page");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> home = web.login("encadrant", PASSWORD);
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:logout", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(home.body()));
        HttpResponse<String> after = web.postForm(home.uri().toString(), form);
        assertTrue(after.uri().toString().contains("/login.xhtml"), after.uri().toString());
        assertTrue(web.get("/supervisor/index.xhtml").uri().getPath().endsWith("/login.xhtml"));
    }

    @Test
    void theApiNeedsABearerToken() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> anonymous = web.get("/api/v1/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, web.getBearer("/api/v1/me", "pas-un-jeton").statusCode());
        assertEquals(401, web.getBasic("/api/v1/me", "encadrant", PASSWORD).statusCode(), "HTTP Basic is refused");

        WebClient device = new WebClient();
        HttpResponse<String> me = device.getBearer("/api/v1/me", device.token("encadrant", PASSWORD));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"login\":\"encadrant\""), me.body());
        assertTrue(me.body().contains("\"role\":\"SUPERVISOR\""), me.body());
    }

    static String token(String login) {
        try {
            return new WebClient().token(login, PASSWORD);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknownPagesGetAFrenchNotFoundPage() throws Exception {
        HttpResponse<String> missing = new WebClient().get("/nulle-part.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page introuvable"), missing.body());
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = new WebClient().get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }

    @Test
    void aPageAskedForBeforeSigningInIsReachedAfter() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> login = web.get("/supervisor/validations.xhtml?x=1");
        assertTrue(login.uri().getPath().endsWith("/login.xhtml"), login.uri().toString());
        assertTrue(login.uri().getQuery().contains("next=/supervisor/validations.xhtml?x=1"), login.uri().toString());
        assertTrue(login.body().contains("name=\"next\" value=\"/supervisor/validations.xhtml?x=1\""), login.body());
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("next", "/supervisor/validations.xhtml?x=1");
        form.put("loginForm:login", "encadrant");
        form.put("loginForm:password", PASSWORD);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(login.body()));
        HttpResponse<String> back = web.postForm(WebClient.BASE + "/login.xhtml", form);
        assertEquals(200, back.statusCode());
        assertEquals("/sillon/supervisor/validations.xhtml", back.uri().getPath(), "back on the page asked for");

        // never elsewhere than a page of Sillon
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            WebClient other = new WebClient();
            HttpResponse<String> page = other.get("/login.xhtml");
            form.put("next", next);
            form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
            HttpResponse<String> home = other.postForm(WebClient.BASE + "/login.xhtml", form);
            assertEquals("/sillon/supervisor/index.xhtml", home.uri().getPath(), next);
        }
    }

    @Test
    void anAjaxPostAfterTheSessionEndedIsToldToSignInAgain() throws Exception {
        // a Faces Ajax post without a session (the grid's « Enregistrer » after a timeout): not a 302 that the Ajax
        // script would swallow, but a Faces redirect to the login page saying nothing was saved
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(WebClient.BASE + "/supervisor/observe.xhtml"))
                .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", WebClient.BASE + "/supervisor/observe.xhtml?task=7")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grid=grid&jakarta.faces.ViewState=stale")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), r.headers().toString());
        assertTrue(r.body().contains("<partial-response><redirect url=\"/sillon/login.xhtml?expired=unsaved&amp;next="
                + "%2Fsupervisor%2Fobserve.xhtml%3Ftask%3D7\"/>"), r.body());
        HttpResponse<String> login = new WebClient().get("/login.xhtml?expired=unsaved");
        assertTrue(login.body().contains("rien n'a été enregistré") || login.body().contains("rien n&#39;a été enregistré"),
                login.body());
    }
}
