package fr.sillon.ejb.certificate;

import static fr.sillon.ejb.shared.Roles.*;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Startup;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * On every node, every 10 seconds: takes over the certificate batches whose node stopped beating for longer than the
 * lease (it died, or was killed) and finishes them here. The claim in the database makes sure one node only resumes a
 * batch; the certificates already issued are not issued again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@RunAs(COORDINATOR)
public class CertificateBatchResumer {
    private static final Logger LOG = Logger.getLogger(CertificateBatchResumer.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    CertificateBatchWorker worker;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "reprise des lots d'attestations")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resumeOrphans() {
        try {
            resume();
        } catch (RuntimeException e) { // the database away for a moment: the next round tries again
            LOG.log(java.util.logging.Level.WARNING, "Reprise des lots d'attestations impossible pour l'instant", e);
        }
    }

    private void resume() {
        @SuppressWarnings("unchecked")
        List<Object[]> orphans = em.createNativeQuery("""
                select id, structure_id, requested_by from certificate_batch
                where status in ('PENDING', 'RUNNING')
                  and coalesce(heartbeat_at, created_at) < current_timestamp(6) - interval ?1 second
                order by id""").setParameter(1, BatchClaims.leaseSeconds()).setMaxResults(5).getResultList();
        String node = BatchClaims.node();
        for (Object[] o : orphans) {
            long id = ((Number) o[0]).longValue();
            if (worker.claim(id, node, true)) {
                LOG.warning(() -> "Lot d'attestations " + id + " sans nouvelles de son nœud : repris par " + node);
                worker.run(id, ((Number) o[1]).longValue(), (String) o[2], true);
            }
        }
    }
}
