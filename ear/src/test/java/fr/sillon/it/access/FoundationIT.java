package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.ejb.access.AccountService;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.it.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: the migrated MariaDB schema, the entity mappings, persistence, and the identity store. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FoundationIT.class, fr.sillon.it.WebClient.class);
    }

    @PersistenceUnit(unitName = "sillon")
    EntityManagerFactory emf;
    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    AccountService accounts;
    @Inject
    PasswordHasher hasher;

    @Test
    void entityMappingsMatchTheMigratedSchema() {
        // Hibernate schema validation against the MariaDB migrated by Flyway: throws on any mismatch.
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    @Test
    void theDatabaseIsMariaDbMigratedByFlyway() throws Exception {
        tx.begin();
        try {
            String version = (String) em.createNativeQuery("select version()").getSingleResult();
            assertTrue(version.toLowerCase().contains("mariadb"), version);
            Number applied = (Number) em.createNativeQuery(
                    "select count(*) from flyway_schema_history where success = 1").getSingleResult();
            assertTrue(applied.intValue() >= 1);
        } finally {
            tx.commit();
        }
    }

    @Test
    void structuresAndAccountsRoundTrip() throws Exception {
        tx.begin();
        Structure s = new Structure("IT-ROUNDTRIP", "Jardin d'essai « Œillet »");
        s.setCity("Saint-Étienne");
        em.persist(s);
        UserAccount u = new UserAccount("it.roundtrip", hasher.hash("secret-Δ"), "Zoé Lefèvre", Role.SUPERVISOR, s);
        em.persist(u);
        tx.commit();
        em.clear();

        tx.begin();
        UserAccount read = em.createQuery("select u from UserAccount u join fetch u.structure where u.login = :l",
                UserAccount.class).setParameter("l", "it.roundtrip").getSingleResult();
        assertEquals("Zoé Lefèvre", read.getDisplayName());
        assertEquals("Jardin d'essai « Œillet »", read.getStructure().getName());
        assertEquals("Saint-Étienne", read.getStructure().getCity());
        assertEquals(Role.SUPERVISOR, read.getRole());
        assertTrue(read.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), read.getPasswordHash());
        tx.commit();
    }

    @Test
    void identityStoreChecksPasswordsAndLocksAfterFiveFailures() throws Exception {
        tx.begin();
        Structure s = em.createQuery("select s from Structure s where s.code = 'JARDINS-SILLON'", Structure.class)
                .getSingleResult();
        em.persist(new UserAccount("it.lockout", hasher.hash("bon-mot-de-passe"), "Test Verrou", Role.SUPERVISOR, s));
        tx.commit();

        AccountService.LoginResult ok = accounts.checkCredentials("it.lockout", "bon-mot-de-passe");
        assertTrue(ok.valid());
        assertEquals(java.util.Set.of("SUPERVISOR"), ok.groups());
        assertFalse(accounts.checkCredentials("inconnu", "x").valid());

        // four failures leave the account open, and the success starts the count again
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertFalse(accounts.checkCredentials("it.lockout", "mauvais-" + i).valid());
            }
            assertTrue(accounts.checkCredentials("it.lockout", "bon-mot-de-passe").valid(), "open after 4 failures");
        }
        // the fifth failure in a row locks it: even the right password is refused
        for (int i = 0; i < 5; i++) {
            assertFalse(accounts.checkCredentials("it.lockout", "mauvais-" + i).valid());
        }
        assertFalse(accounts.checkCredentials("it.lockout", "bon-mot-de-passe").valid(), "locked right after the fifth failure");

        tx.begin();
        Number failures = (Number) em.createNativeQuery(
                "select count(*) from audit_entry where actor_login = 'it.lockout' and action = 'LOGIN' and outcome = 'FAILED'")
                .getSingleResult();
        tx.commit();
        assertTrue(failures.intValue() >= 13, "every failed login is audited (4 + 4 + 5): " + failures);
    }

    @Test
    void successfulLoginsAndSignOutsAreAudited() throws Exception {
        long logins = auditCount("LOGIN", "OK");
        long logouts = auditCount("LOGOUT", "OK");
        fr.sillon.it.WebClient web = new fr.sillon.it.WebClient();
        var home = web.login("encadrant", "sillon2026");
        assertEquals(logins + 1, auditCount("LOGIN", "OK"), "the sign-in is in the audit trail");
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:logout", "");
        form.put("jakarta.faces.ViewState", fr.sillon.it.WebClient.viewState(home.body()));
        assertTrue(web.postForm(home.uri().toString(), form).uri().toString().contains("/login.xhtml"));
        assertEquals(logouts + 1, auditCount("LOGOUT", "OK"), "the sign-out too");
    }

    private long auditCount(String action, String outcome) {
        return ((Number) em.createNativeQuery("select count(*) from audit_entry where actor_login = 'encadrant'"
                + " and action = ?1 and outcome = ?2").setParameter(1, action).setParameter(2, outcome)
                .getSingleResult()).longValue();
    }

    @Test
    void coordinatorsAlsoHoldTheSupervisorGroup() {
        AccountService.LoginResult r = accounts.checkCredentials("coordinatrice", "sillon2026");
        assertTrue(r.valid());
        assertEquals(java.util.Set.of("COORDINATOR", "SUPERVISOR"), r.groups());
    }
}
