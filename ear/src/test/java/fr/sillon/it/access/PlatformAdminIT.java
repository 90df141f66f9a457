package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.PartnerDraft;
import fr.sillon.domain.access.PartnerKind;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.StructureDraft;
import fr.sillon.domain.access.StructureKind;
import fr.sillon.ejb.access.AccountAdminService.IssuedPassword;
import fr.sillon.ejb.access.AccountService;
import fr.sillon.ejb.access.PlatformAdminService;
import fr.sillon.ejb.access.PlatformAdminService.NewStaffAccount;
import fr.sillon.ejb.access.PlatformAdminService.StructureDetail;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Platform administration (issue 10, point 4) against the real database: rules, refusals, audit. */
@ExtendWith(ArquillianExtension.class)
class PlatformAdminIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PlatformAdminIT.class);
    }

    @Inject
    PlatformAdminService admin;
    @Inject
    AccountService accounts;
    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;

    /** A random SIRET with a valid Luhn key (the unique index forbids reusing one across runs). */
    static String siret() {
        StringBuilder s = new StringBuilder("9");
        for (int i = 0; i < 12; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int d = 0; d < 10; d++) {
            if (fr.sillon.domain.access.Siret.isValid(s + String.valueOf(d))) {
                return s.toString() + d;
            }
        }
        throw new AssertionError();
    }

    static StructureDraft draft(String name, String siret) {
        return new StructureDraft(name, siret, StructureKind.ACI, "2 chemin des Courtils", "Vitré", "ACI035990001A0M0",
                new BigDecimal("8.5"));
    }

    @Test
    void otherRolesAreRefusedEveryAction() throws Exception {
        for (var call : java.util.List.<java.util.concurrent.Callable<Object>>of(
                () -> admin.createStructure(draft("Intrusion", siret())),
                () -> admin.structures(0, 10),
                () -> admin.createAccount(new NewStaffAccount("intrus", "Intrus", null, Role.COORDINATOR, 1L, null)))) {
            assertThrows(EJBAccessException.class, () -> RunAs.coordinator(call), "coordinator");
            assertThrows(EJBAccessException.class, () -> RunAs.referent(call), "referent");
        }
        assertEquals(0, count("select count(*) from structure where name = 'Intrusion'"));
    }

    @Test
    void aStructureIsCreatedEditedAndClosedWithItsCoordinator() throws Exception {
        String siret = siret();
        String name = "Les Courtils " + siret.substring(9);

        assertEquals("access.siret.checksum", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createStructure(draft(name, siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10))))).getKey());
        long id = RunAs.admin(() -> admin.createStructure(draft(name, siret.substring(0, 3) + " " + siret.substring(3))));
        assertEquals("access.siret.taken", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createStructure(draft("Autre", siret)))).getKey());

        StructureDetail d = RunAs.admin(() -> admin.structure(id));
        assertEquals(siret, d.draft().siret());
        assertEquals(new BigDecimal("8.50"), d.draft().agreedCapacityEtp());
        assertTrue(d.code().startsWith("LES-COURTILS"), d.code());
        assertTrue(RunAs.admin(() -> admin.structures(0, 100)).rows().stream().anyMatch(r -> r.id() == id));

        RunAs.admin(() -> {
            admin.updateStructure(id, d.version(), new StructureDraft(name, siret, StructureKind.EI, null, "Fougères", null, null));
            return null;
        });
        Exception stale = assertThrows(Exception.class, () -> RunAs.admin(() -> {
            admin.updateStructure(id, d.version(), draft(name, siret));
            return null;
        }));
        assertTrue(causedBy(stale, OptimisticLockException.class), stale.toString());
        assertEquals("EI", RunAs.admin(() -> admin.structure(id)).draft().kind().name());
        assertEquals("Fougères", RunAs.admin(() -> admin.structure(id)).draft().city());

        String login = "coord." + siret.substring(9);
        IssuedPassword issued = RunAs.admin(() -> admin.createAccount(
                new NewStaffAccount(login, "Coline Hamon", null, Role.COORDINATOR, id, null)));
        assertEquals(12, issued.password().length());
        AccountService.LoginResult in = accounts.checkCredentials(login, issued.password());
        assertTrue(in.valid());
        assertEquals(Role.COORDINATOR, in.role());
        assertEquals(id, ((Number) single("select structure_id from user_account where login = '" + login + "'")).longValue());
        assertEquals("access.account.loginTaken", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createAccount(new NewStaffAccount(login, "Autre", null, Role.COORDINATOR, id, null)))).getKey());
        assertEquals("access.platform.roleNotAllowed", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createAccount(new NewStaffAccount("x" + login, "Autre", null, Role.PARTICIPANT, id, null)))).getKey());

        assertEquals(1, RunAs.admin(() -> admin.setStructureClosed(id, true)));
        assertFalse(accounts.checkCredentials(login, issued.password()).valid(), "closing disables the accounts");
        assertEquals("access.structure.closed", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createAccount(new NewStaffAccount("y" + login, "Autre", null, Role.COORDINATOR, id, null)))).getKey());
        RunAs.admin(() -> admin.setStructureClosed(id, false));
        long accountId = issued.accountId();
        RunAs.admin(() -> {
            admin.setAccountEnabled(accountId, true);
            return null;
        });
        assertTrue(accounts.checkCredentials(login, issued.password()).valid());

        assertEquals(4, count("select count(*) from audit_entry where actor_login = 'admin'"
                + " and action like 'STRUCTURE_%' and outcome = 'OK' and target_id = '" + id + "'"),
                "create, update, close, reopen audited");
        assertTrue(count("select count(*) from audit_entry where actor_login = 'admin' and action = 'ACCOUNT_CREATE'"
                + " and target_id = '" + accountId + "'") == 1);
    }

    @Test
    void partnersAndTheirReferents() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Mission locale du Pays de Vitré " + suffix;
        assertEquals("access.partner.kindRequired", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createPartner(new PartnerDraft(null, name, null)))).getKey());
        long id = RunAs.admin(() -> admin.createPartner(new PartnerDraft(PartnerKind.ML, name, "Vitré")));
        assertEquals("access.partner.nameTaken", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createPartner(new PartnerDraft(PartnerKind.FT, name, null)))).getKey());
        assertEquals("access.platform.partnerRequired", RunAs.admin(() -> assertThrows(DomainException.class,
                () -> admin.createAccount(new NewStaffAccount("ref." + suffix, "Rémi Le Du", null, Role.REFERENT, null, null)))).getKey());
        IssuedPassword ref = RunAs.admin(() -> admin.createAccount(
                new NewStaffAccount("ref." + suffix, "Rémi Le Du", "remi@ml.example", Role.REFERENT, null, id)));
        assertEquals(Role.REFERENT, accounts.checkCredentials("ref." + suffix, ref.password()).role());
        var row = RunAs.admin(() -> admin.partners(0, 100)).rows().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        assertEquals(1, row.referents());
        assertEquals("Vitré", row.city());

        RunAs.admin(() -> {
            admin.setAccountEnabled(ref.accountId(), false);
            return null;
        });
        assertFalse(accounts.checkCredentials("ref." + suffix, ref.password()).valid());
        assertEquals(1, count("select count(*) from audit_entry where actor_login = 'admin' and action = 'ACCOUNT_DISABLE'"
                + " and target_id = '" + ref.accountId() + "'"));
        // a participant's account is not the platform's to manage
        long participant = ((Number) single("select id from user_account where login = 'participant'")).longValue();
        assertThrows(NotFoundException.class, () -> RunAs.admin(() -> {
            admin.setAccountEnabled(participant, false);
            return null;
        }));
        assertEquals(1, count("select count(*) from user_account where login = 'participant' and enabled = true"));
    }

    private static boolean causedBy(Throwable t, Class<?> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private Object single(String sql) throws Exception {
        tx.begin();
        try {
            return em.createNativeQuery(sql).getSingleResult();
        } finally {
            tx.commit();
        }
    }

    private long count(String sql) throws Exception {
        return ((Number) single(sql)).longValue();
    }
}
