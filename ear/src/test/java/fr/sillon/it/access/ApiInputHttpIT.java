package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, part 5: every API input is checked. Malformed JSON, a value of the wrong type, a number out of its type's
 * bounds (never wrapped: {@code 99999999999} once became 1 215 752 191) or a fraction where a whole number is
 * expected, a query parameter that is not a number in its range: 400 with a French message, never a 500, on every
 * endpoint. Each refusal is set beside the same call well formed, which the endpoint takes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiInputHttpIT {
    static final String PASSWORD = "sillon2026";
    static String supervisor;
    static String coordinator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void tokens() throws Exception {
        supervisor = new WebClient().token("encadrant", PASSWORD);
        coordinator = new WebClient().token("coordinatrice", PASSWORD);
    }

    static void assertRefused(HttpResponse<String> r, String... texts) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        assertTrue(r.body().contains("\"message\""), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("Internal error"), "no Java text: " + r.body());
        for (String t : texts) {
            assertTrue(r.body().contains(t), t + " missing in " + r.body());
        }
    }

    static String item(String levelRank) {
        return "{\"observations\":[{\"uuid\":\"" + java.util.UUID.randomUUID() + "\",\"participantId\":999999999,"
                + "\"competencyId\":1,\"levelRank\":" + levelRank + ",\"observedOn\":\"2026-06-12\"}]}";
    }

    @Test
    void aWellFormedBatchIsTakenItemByItem() throws Exception {
        HttpResponse<String> r = new WebClient().postJsonBearer("/api/v1/observations", item("3"), supervisor);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"REJECTED\""), "an unknown participant is refused per item: " + r.body());
    }

    @ParameterizedTest(name = "levelRank {0} is refused, not wrapped nor truncated")
    @ValueSource(strings = {"99999999999", "-99999999999", "2.5", "1e400", "\"3\"", "true", "[3]", "{\"rank\":3}"})
    void aLevelThatIsNotAWholeNumberInBoundsIsRefused(String levelRank) throws Exception {
        HttpResponse<String> r = new WebClient().postJsonBearer("/api/v1/observations", item(levelRank), supervisor);
        assertRefused(r, "Requête refusée");
        if (levelRank.equals("99999999999")) {
            assertTrue(r.body().contains("99999999999") && r.body().contains("hors des bornes"), r.body());
            assertFalse(r.body().contains("1215752191"), r.body());
        }
    }

    @ParameterizedTest(name = "batch body {0} → 400")
    @ValueSource(strings = {"{", "{\"observations\":[{\"levelRank\":3,}]}", "not json", "[]", "{\"observations\":{}}",
            "{\"observations\":[1]}", "{\"observations\":[{\"participantId\":123456789012345678901234}]}",
            "{\"observations\":[{\"participantId\":12.7}]}", "{\"observations\":[{\"note\":12}]}",
            "{\"observations\":[{\"uuid\":{}}]}", "{\"observations\":[]}", "null", ""})
    void aMalformedBatchIsRefusedInFrench(String body) throws Exception {
        assertRefused(new WebClient().postJsonBearer("/api/v1/observations", body, supervisor));
    }

    @Test
    void aBatchTooLargeIsRefusedInFrench() throws Exception {
        StringBuilder b = new StringBuilder("{\"observations\":[");
        for (int i = 0; i < 501; i++) {
            b.append(i == 0 ? "" : ",").append("{\"levelRank\":1}");
        }
        HttpResponse<String> r = new WebClient().postJsonBearer("/api/v1/observations", b.append("]}").toString(), supervisor);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("au plus 500 observations"), r.body());
    }

    @ParameterizedTest(name = "token request {0} → 400, no password checked")
    @ValueSource(strings = {"{", "{\"login\":12,\"password\":\"x\"}", "{\"login\":\"encadrant\",\"password\":[]}",
            "{\"login\":\"encadrant\",\"password\":\"x\",\"device\":true}", "[\"encadrant\"]", "\"encadrant\""})
    void aMalformedTokenRequestIsRefused(String body) throws Exception {
        assertRefused(new WebClient().postJson("/api/v1/tokens", body));
    }

    @Test
    void certificatesCheckTheirBodiesAndPaging() throws Exception {
        WebClient web = new WebClient();
        assertEquals(200, web.getBearer("/api/v1/certificates?first=0&max=5", coordinator).statusCode());
        for (String query : new String[] {"max=abc", "max=0", "max=201", "max=99999999999", "first=-1", "first=1.5"}) {
            assertRefused(web.getBearer("/api/v1/certificates?" + query, coordinator), "Paramètre");
        }
        for (String body : new String[] {"{", "{\"pathwayId\":\"douze\"}", "{\"pathwayId\":1e30}", "{\"pathwayId\":1.5}",
                "{\"pathwayId\":99999999999999999999}"}) {
            assertRefused(web.postJsonBearer("/api/v1/certificates", body, coordinator), "Requête refusée");
        }
        assertEquals(400, web.postJsonBearer("/api/v1/certificates", "{}", coordinator).statusCode(), "no pathway");
        for (String path : new String[] {"/api/v1/certificates/1/revoke", "/api/v1/certificates/1/reissue"}) {
            assertRefused(web.postJsonBearer(path, "{\"reason\":42}", coordinator), "texte");
            assertRefused(web.postJsonBearer(path, "{\"reason\":", coordinator));
        }
    }

    @Test
    void frameworksCheckTheirPaging() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> ok = web.getBearer("/api/v1/frameworks?first=0&max=2", supervisor);
        assertEquals(200, ok.statusCode(), ok.body());
        for (String query : new String[] {"max=x", "max=-3", "max=100000", "first=99999999999", "first="}) {
            HttpResponse<String> r = web.getBearer("/api/v1/frameworks?" + query, supervisor);
            if (query.equals("first=")) {
                assertEquals(200, r.statusCode(), "an empty parameter is the default: " + r.body());
            } else {
                assertRefused(r, "Paramètre");
            }
        }
    }

    @ParameterizedTest(name = "Authorization « {0} » on /me → 401 in French, never 500")
    @ValueSource(strings = {"Bearer", "Bearer x", "Bearer %%%%", "Basic", "Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Bearer LONG"})
    void meRefusesAMalformedCredential(String authorization) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WebClient.BASE + "/api/v1/me"))
                .header("Authorization", authorization.replace("LONG", "a".repeat(5000)))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(200, new WebClient().getBearer("/api/v1/me", supervisor).statusCode(), "a real token is taken");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAs415() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(WebClient.BASE + "/api/v1/observations")).header("Authorization", "Bearer " + supervisor)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(item("3"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, r.statusCode(), r.body());
        assertTrue(r.body().contains("JSON"), r.body());
    }
}
