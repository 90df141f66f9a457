package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14 §3: the security headers on every kind of response, and the session cookie's flags. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersHttpIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login.xhtml", "/health", "/api/v1/me", "/verify/SIL-2000-000000",
            "/jakarta.faces.resource/css/sillon.css.xhtml", "/coordinator/index.xhtml", "/page-inconnue.xhtml"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> r = new WebClient().get(path);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
        assertEquals("DENY", header(r, "X-Frame-Options"), path);
        assertEquals("same-origin", header(r, "Referrer-Policy"), path);
        assertTrue(header(r, "Permissions-Policy").contains("camera=()"), path);
        List<String> csp = r.headers().allValues("Content-Security-Policy");
        assertEquals(1, csp.size(), path + " must carry exactly one policy: " + csp);
        String policy = csp.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(policy.matches(".*script-src 'self'( 'nonce-[A-Za-z0-9+/=_-]+';)?$"), policy);
        assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    void aFacesPageAllowsOnlyItsOwnNonceAndEveryInlineScriptCarriesIt() throws Exception {
        HttpResponse<String> login = new WebClient().get("/login.xhtml");
        String policy = header(login, "Content-Security-Policy");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(login.body());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""), scripts.group());
        }
        assertTrue(inline > 0, "the login page has PrimeFaces' inline init script");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(login.body()).find(), "no inline event handler");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = new WebClient().get("/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.matches("(?i).*SameSite=Lax.*"), cookie);
        assertFalse(cookie.matches("(?i).*;\\s*Secure.*"), "not Secure over plain HTTP: " + cookie);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElseThrow(() -> new AssertionError("missing " + name + " on " + r.uri()));
    }
}
