package fr.sillon.ejb.certificate;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.certificate.Certificate;
import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.certificate.CertificateBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a certificate batch on a managed thread: one transaction per certificate (a failure does not undo the
 * others, the number sequence row is never held long), progress counters updated as it goes. On a cluster the batch
 * is claimed in the database by the node that runs it ({@link BatchClaims}): it beats at each item, stops if another
 * node took it over, and is resumed by another node ({@link CertificateBatchResumer}) if its own dies.
 */
@Stateless
public class CertificateBatchWorker {
    private static final Logger LOG = Logger.getLogger(CertificateBatchWorker.class.getName());

    public enum ItemOutcome { ISSUED, SKIPPED, FAILED }

    @PersistenceContext
    EntityManager em;
    @Inject
    CertificateIssuer issuer;
    @Inject
    fr.sillon.ejb.pathway.PathwaySummaries pathways;
    @Resource
    SessionContext context;

    /** Issues the batch's certificates, one transaction each; never called from a request thread. */
    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long batchId, long structureId, String login) {
        run(batchId, structureId, login, false);
    }

    /** {@code claimed}: this node took the batch over already ({@link CertificateBatchResumer}). */
    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long batchId, long structureId, String login, boolean claimed) {
        CertificateBatchWorker self = context.getBusinessObject(CertificateBatchWorker.class);
        String node = BatchClaims.node();
        try {
            if (!claimed && !self.claim(batchId, node, false)) {
                LOG.info(() -> "Lot d'attestations " + batchId + " déjà pris par un autre nœud");
                return;
            }
            List<Long> pathways = self.start(batchId, structureId);
            for (long pathwayId : pathways) {
                ItemOutcome outcome;
                try {
                    outcome = self.issueOne(batchId, node, structureId, login, pathwayId);
                } catch (BatchClaims.LostClaim lost) {
                    LOG.warning(() -> "Lot d'attestations " + batchId + " repris par un autre nœud : " + node + " s'arrête");
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Lot " + batchId + " : échec pour le parcours " + pathwayId, e);
                    outcome = ItemOutcome.FAILED;
                }
                self.count(batchId, outcome);
            }
            self.finish(batchId, null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Lot d'attestations " + batchId + " interrompu", e);
            self.finish(batchId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * Takes the batch for this node: a batch nobody holds yet, or ({@code takeOver}) one whose node stopped beating
     * for longer than the lease. True when this node now holds it.
     */
    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long batchId, String node, boolean takeOver) {
        return em.createNativeQuery("update certificate_batch set claimed_by = ?1, heartbeat_at = current_timestamp(6)"
                        + " where id = ?2 and status in ('PENDING', 'RUNNING') and "
                        + (takeOver ? "coalesce(heartbeat_at, created_at) < current_timestamp(6) - interval ?3 second"
                                : "claimed_by is null and ?3 >= 0"))
                .setParameter(1, node).setParameter(2, batchId).setParameter(3, BatchClaims.leaseSeconds())
                .executeUpdate() == 1;
    }

    /**
     * Pathways of the structure that exited in the period and have no valid certificate yet. When the batch resumes
     * on another node, the certificates already issued stay counted, the rest is counted again.
     */
    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> start(long batchId, long structureId) {
        CertificateBatch b = em.find(CertificateBatch.class, batchId);
        em.createNativeQuery("update certificate_batch set skipped = 0, failed = 0 where id = ?1")
                .setParameter(1, batchId).executeUpdate();
        em.refresh(b);
        List<Long> exited = pathways.exitedBetween(structureId, b.getPeriodFrom(), b.getPeriodTo());
        java.util.Set<Long> certified = new java.util.HashSet<>();
        for (int i = 0; i < exited.size(); i += 500) { // bounded IN lists
            ((List<?>) em.createNativeQuery("""
                    select distinct c.pathway_id from certificate c
                    where c.structure_id = ?1 and c.status = 'VALID' and c.pathway_id in (?2)""")
                    .setParameter(1, structureId).setParameter(2, exited.subList(i, Math.min(exited.size(), i + 500)))
                    .getResultList()).forEach(id -> certified.add(((Number) id).longValue()));
        }
        List<Long> ids = exited.stream().filter(id -> !certified.contains(id)).toList();
        b.start(b.getIssued() + ids.size()); // a resumed batch keeps what it issued
        return ids;
    }

    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ItemOutcome issueOne(long batchId, String node, long structureId, String login, long pathwayId) {
        // the batch row, locked: this node still holds the batch, and no other node issues for it meanwhile
        List<?> holder = em.createNativeQuery("select claimed_by from certificate_batch where id = ?1 for update")
                .setParameter(1, batchId).getResultList();
        if (holder.isEmpty() || !node.equals(holder.get(0))) {
            throw new BatchClaims.LostClaim();
        }
        if (((Number) em.createNativeQuery("select count(*) from certificate c where c.pathway_id = ?1 and c.status = 'VALID'")
                .setParameter(1, pathwayId).getSingleResult()).longValue() > 0) {
            return ItemOutcome.SKIPPED; // issued meanwhile (by hand, or before a take-over)
        }
        try {
            Certificate c = issuer.issue(structureId, login, pathwayId, LocalDateTime.now());
            // the audit row in the certificate's own transaction, not in AuditService's new one: a node killed between
            // the two commits left the row of a certificate that never existed (FailoverIT: 41 rows for 40 certificates)
            em.persist(new AuditEntry(LocalDateTime.now(), login, structureId, "CERTIFICATE_ISSUE", "Certificate",
                    String.valueOf(c.getId()), AuditEntry.Outcome.OK, c.getNumber() + " (lot " + batchId + ", " + node + ")"));
            LOG.fine(() -> "Attestation " + c.getNumber() + " délivrée (lot)");
            return ItemOutcome.ISSUED;
        } catch (DomainException e) {
            if ("certificate.nothingValidated".equals(e.getKey())) {
                context.setRollbackOnly();
                return ItemOutcome.SKIPPED;
            }
            throw e;
        }
    }

    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(long batchId, ItemOutcome outcome) {
        String column = switch (outcome) {
            case ISSUED -> "issued";
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
        };
        em.createNativeQuery("update certificate_batch set " + column + " = " + column + " + 1,"
                        + " heartbeat_at = current_timestamp(6) where id = ?1")
                .setParameter(1, batchId).executeUpdate();
    }

    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long batchId, String failure) {
        CertificateBatch b = em.find(CertificateBatch.class, batchId);
        if (failure == null) {
            b.finish(LocalDateTime.now(), b.getFailed() > 0 ? b.getFailed() + " échec(s) : voir le journal du serveur"
                    : null);
        } else {
            b.fail(LocalDateTime.now(), failure);
        }
    }
}
