package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.StructureIdentity;
import fr.sillon.domain.framework.PolicyDraft;
import fr.sillon.ejb.access.StructureSettingsService;
import fr.sillon.ejb.access.StructureSettingsService.PolicyRow;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The structure's own settings (issue 10, point 5): identity on certificates, validation policies; tenant-scoped. */
@ExtendWith(ArquillianExtension.class)
class StructureSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(StructureSettingsIT.class);
    }

    @Inject
    StructureSettingsService settings;
    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;

    static <T> T coordinator2(java.util.concurrent.Callable<T> c) throws Exception {
        return RunAs.user("coordinateur2", Set.of("COORDINATOR", "SUPERVISOR"), c);
    }

    @Test
    void theCoordinatorSetsTheIdentityPrintedOnCertificates() throws Exception {
        StructureIdentity before = RunAs.coordinator(() -> settings.identity());
        assertEquals("Les Jardins du Sillon", before.name());
        assertEquals("Haies et Talus de la Vilaine", coordinator2(() -> settings.identity()).name(), "each its own");
        assertThrows(EJBAccessException.class, () -> RunAs.supervisor(() -> settings.identity()));
        long audited = count("select count(*) from audit_entry where action = 'STRUCTURE_SETTINGS_UPDATE' and structure_id = 1");
        try {
            RunAs.coordinator(() -> {
                settings.updateIdentity(new StructureIdentity(before.name(), before.address(), before.city(),
                        " Lucie Perrin ", "Présidente", before.version()));
                return null;
            });
            StructureIdentity after = RunAs.coordinator(() -> settings.identity());
            assertEquals("Lucie Perrin", after.signatoryName());
            assertEquals("Présidente", after.signatoryRole());
            assertEquals("Marc Le Goff", coordinator2(() -> settings.identity()).signatoryName(), "structure 2 untouched");
            assertEquals(audited + 1, count("select count(*) from audit_entry where action = 'STRUCTURE_SETTINGS_UPDATE'"
                    + " and structure_id = 1 and actor_login = 'coordinatrice'"));
            Exception stale = assertThrows(Exception.class, () -> RunAs.coordinator(() -> {
                settings.updateIdentity(new StructureIdentity("Autre nom", null, null, null, null, before.version()));
                return null;
            }));
            assertTrue(causedBy(stale, OptimisticLockException.class), stale.toString());
            assertEquals("access.structure.nameRequired", assertThrows(DomainException.class, () -> RunAs.coordinator(() -> {
                settings.updateIdentity(new StructureIdentity(" ", null, null, null, null, after.version()));
                return null;
            })).getKey());
        } finally {
            RunAs.coordinator(() -> {
                StructureIdentity now = settings.identity();
                settings.updateIdentity(new StructureIdentity(before.name(), before.address(), before.city(),
                        before.signatoryName(), before.signatoryRole(), now.version()));
                return null;
            });
        }
        assertEquals("Claire Morvan", RunAs.coordinator(() -> settings.identity()).signatoryName());
    }

    @Test
    void theCoordinatorSetsThePolicyOfTheStructuresOwnFrameworksOnly() throws Exception {
        String code = "IT-POL-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        tx.begin();
        em.createNativeQuery("insert into framework (code, fw_version, title, status, structure_id, scale_id)"
                + " select ?1, '1', 'Référentiel maison (essai)', 'DRAFT', 1, min(id) from scale")
                .setParameter(1, code).executeUpdate();
        long own = ((Number) em.createNativeQuery("select id from framework where code = ?1 and structure_id = 1")
                .setParameter(1, code).getSingleResult()).longValue();
        tx.commit();

        List<PolicyRow> rows = RunAs.coordinator(() -> settings.policies());
        PolicyRow mine = rows.stream().filter(r -> r.frameworkId() == own).findFirst().orElseThrow();
        assertTrue(mine.editable());
        PolicyRow shared = rows.stream().filter(r -> !r.editable()).findFirst().orElseThrow(() -> new AssertionError(rows));
        assertTrue(coordinator2(() -> settings.policies()).stream().noneMatch(r -> r.frameworkId() == own),
                "another structure does not see it");

        RunAs.coordinator(() -> {
            settings.updatePolicy(own, new PolicyDraft(4, 3, false));
            return null;
        });
        PolicyRow saved = RunAs.coordinator(() -> settings.policies()).stream().filter(r -> r.frameworkId() == own)
                .findFirst().orElseThrow();
        assertEquals(4, saved.minObservations());
        assertEquals(3, saved.minDistinctDays());
        assertFalse(saved.latestAtOrAbove());

        assertEquals("framework.policy.days", assertThrows(DomainException.class, () -> RunAs.coordinator(() -> {
            settings.updatePolicy(own, new PolicyDraft(2, 3, true));
            return null;
        })).getKey());
        assertEquals("framework.policy.shared", assertThrows(DomainException.class, () -> RunAs.coordinator(() -> {
            settings.updatePolicy(shared.frameworkId(), new PolicyDraft(1, 1, false));
            return null;
        })).getKey());
        assertThrows(NotFoundException.class, () -> coordinator2(() -> {
            settings.updatePolicy(own, new PolicyDraft(1, 1, false));
            return null;
        }));
        assertEquals(1, count("select count(*) from audit_entry where action = 'VALIDATION_POLICY_UPDATE'"
                + " and actor_login = 'coordinateur2' and outcome = 'REFUSED' and target_id = '" + own + "'"));
    }

    private static boolean causedBy(Throwable t, Class<?> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
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
