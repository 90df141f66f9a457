package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.access.PlatformSetup;
import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * First start for real (issue 10, point 3). The ITs run in demo mode (an administrator exists), so the test first
 * disables the demo administrator to get an unconfigured platform, then restores it: while no administrator exists,
 * pages answer 503 and only the set-up page with the token of the server log answers; the administrator is created
 * once through that page; afterwards the set-up page is 404 and the service refuses a second creation.
 */
@ExtendWith(ArquillianExtension.class)
class FirstStartIT {
    static final Pattern TOKEN = Pattern.compile("/sillon/setup\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FirstStartIT.class, WebClient.class);
    }

    @Inject
    PlatformSetup setup;
    @Inject
    PasswordHasher hasher;
    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;

    @Test
    void exactlyOnePersonCreatesTheAdministratorWithTheTokenOfTheLog() throws Exception {
        assertTrue(setup.isConfigured(), "demo mode: the demo administrator exists");
        String refusedRows = "select count(*) from audit_entry where actor_login = 'intrus'"
                + " and action = 'PLATFORM_ADMIN_CREATE' and outcome = 'REFUSED'";
        String createdRows = "select count(*) from audit_entry where actor_login = 'premiere.admin'"
                + " and action = 'PLATFORM_ADMIN_CREATE' and outcome = 'OK'";
        long refusedBefore = count(refusedRows);
        long createdBefore = count(createdRows);
        DomainException done = assertThrows(DomainException.class,
                () -> setup.createFirstAdmin("n-importe-quoi", "intrus", "Intrus", "mot-de-passe-long", "mot-de-passe-long"));
        assertEquals("access.setup.done", done.getKey());
        assertEquals(refusedBefore + 1, count(refusedRows), "the refusal is audited");

        update("update user_account set enabled = false where role = 'ADMIN'");
        try {
            assertFalse(setup.isConfigured());
            setup.openSetup();
            String token = lastTokenOfTheServerLog();

            WebClient web = new WebClient();
            HttpResponse<String> gate = web.get("/login.xhtml");
            assertEquals(503, gate.statusCode());
            assertTrue(gate.body().contains("Sillon n'est pas encore configuré"), gate.body());
            assertEquals(503, web.get("/verify.xhtml").statusCode());
            assertEquals(503, web.get("/index.xhtml").statusCode());
            assertEquals(200, web.get("/health").statusCode(), "the health check answers during set-up");
            assertEquals(404, web.get("/setup.xhtml?token=" + token + "x").statusCode(), "a wrong token: no page");

            assertEquals("access.setup.badToken", assertThrows(DomainException.class,
                    () -> setup.createFirstAdmin(token + "x", "premiere.admin", "Première Admin", "un mot de passe long",
                            "un mot de passe long")).getKey());
            assertEquals("access.password.tooShort", assertThrows(DomainException.class,
                    () -> setup.createFirstAdmin(token, "premiere.admin", "Première Admin", "onze-carac", "onze-carac")).getKey());
            assertEquals("access.password.mismatch", assertThrows(DomainException.class,
                    () -> setup.createFirstAdmin(token, "premiere.admin", "Première Admin", "un mot de passe long",
                            "un mot de passe lonG")).getKey());
            assertFalse(setup.isConfigured(), "refused attempts create nothing");

            HttpResponse<String> page = web.get("/setup.xhtml?token=" + token);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Créer l'administrateur"), page.body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("setup", "setup");
            form.put("setup:token", token);
            form.put("setup:login", "Premiere.Admin");
            form.put("setup:name", "Première Admin");
            form.put("setup:password", "un mot de passe long");
            form.put("setup:confirmation", "un mot de passe long");
            form.put("setup:create", "");
            form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
            HttpResponse<String> created = web.postForm(page.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
            assertEquals(200, created.statusCode());
            assertTrue(created.uri().getPath().endsWith("/login.xhtml"), created.uri() + "\n" + created.body());
            assertTrue(created.body().contains("premiere.admin"), created.body());

            assertTrue(setup.isConfigured());
            tx.begin();
            try {
                Object[] row = (Object[]) em.createNativeQuery(
                        "select role, password_hash, display_name from user_account where login = 'premiere.admin'")
                        .getSingleResult();
                assertEquals("ADMIN", row[0]);
                assertTrue(hasher.verify("un mot de passe long", (String) row[1]));
                assertEquals("Première Admin", row[2]);
            } finally {
                tx.commit();
            }
            assertEquals(createdBefore + 1, count(createdRows), "the creation is audited");

            assertEquals("access.setup.done", assertThrows(DomainException.class,
                    () -> setup.createFirstAdmin(token, "deuxieme.admin", "Deuxième", "un mot de passe long",
                            "un mot de passe long")).getKey(), "the token is void once used");
            assertEquals(404, web.get("/setup.xhtml?token=" + token).statusCode());
            assertEquals(200, web.get("/login.xhtml").statusCode());
            assertEquals(200, web.login("premiere.admin", "un mot de passe long").statusCode());
        } finally {
            update("delete from user_account where login in ('premiere.admin', 'deuxieme.admin')");
            update("update user_account set enabled = true where role = 'ADMIN'");
        }
    }

    private String lastTokenOfTheServerLog() throws Exception {
        String log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
        Matcher m = TOKEN.matcher(log);
        String token = null;
        while (m.find()) {
            token = m.group(1);
        }
        assertNotNull(token, "the set-up address is printed in the server log");
        return token;
    }

    private void update(String sql) throws Exception {
        tx.begin();
        em.createNativeQuery(sql).executeUpdate();
        tx.commit();
    }

    private long count(String sql) throws Exception {
        tx.begin();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }
}
