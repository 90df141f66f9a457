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
                continue; // a coordinator can do everything a supervisor can (design §2)
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

    /** The REST side of the role × action matrix: anonymous → 401, a role not named → 403, a named role → through. */
    @ParameterizedTest(name = "{0} {1} allowed to {2}")
    @CsvSource(delimiter = ';', value = {
            "GET;/api/v1/me;ADMIN COORDINATOR SUPERVISOR PARTICIPANT REFERENT",
            "GET;/api/v1/frameworks;ADMIN COORDINATOR SUPERVISOR PARTICIPANT REFERENT",
            "GET;/api/v1/frameworks/CLEA/2018;ADMIN COORDINATOR SUPERVISOR PARTICIPANT REFERENT",
            "POST;/api/v1/observations;COORDINATOR SUPERVISOR",
            "GET;/api/v1/certificates;COORDINATOR PARTICIPANT REFERENT",
            "GET;/api/v1/certificates/999999/pdf;COORDINATOR PARTICIPANT REFERENT",
            "POST;/api/v1/certificates;COORDINATOR",
            "POST;/api/v1/certificates/999999/revoke;COORDINATOR",
            "POST;/api/v1/certificates/999999/reissue;COORDINATOR"})
    void restEndpointsRefuseTheRolesTheyDoNotName(String method, String path, String roles) throws Exception {
        java.util.Map<String, String> accounts = new java.util.LinkedHashMap<>();
        accounts.put("admin", "ADMIN");
        accounts.put("coordinatrice", "COORDINATOR");
        accounts.put("encadrant", "SUPERVISOR");
        accounts.put("participant", "PARTICIPANT");
        accounts.put("referent", "REFERENT");
        java.util.Set<String> allowed = java.util.Set.of(roles.split(" "));
        WebClient web = new WebClient();
        HttpResponse<String> anonymous = method.equals("GET") ? web.get(path) : web.postJson(path, "{}");
        assertEquals(401, anonymous.statusCode(), "anonymous " + method + " " + path);
        for (var account : accounts.entrySet()) {
            String token = TOKENS.computeIfAbsent(account.getKey(), SecurityHttpIT::token);
            HttpResponse<String> r = method.equals("GET")
                    ? new WebClient().getBearer(path, token)
                    : new WebClient().postJsonBearer(path, path.endsWith("observations") ? "[]" : "{}", token);
            boolean mayCall = allowed.contains(account.getValue())
                    || account.getValue().equals("COORDINATOR") && allowed.contains("SUPERVISOR");
            if (mayCall) {
                assertTrue(r.statusCode() != 401 && r.statusCode() != 403,
                        account.getKey() + " " + method + " " + path + " → " + r.statusCode() + " " + r.body());
            } else {
                assertEquals(403, r.statusCode(), account.getKey() + " " + method + " " + path + " → " + r.body());
                assertTrue(r.body().contains("accès"), r.body());
            }
        }
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
}
