package fr.sillon.ejb.certificate;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.certificate.Certificate;
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
 * others, the number sequence row is never held long), progress counters updated as it goes.
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
        CertificateBatchWorker self = context.getBusinessObject(CertificateBatchWorker.class);
        try {
            List<Long> pathways = self.start(batchId, structureId);
            for (long pathwayId : pathways) {
                ItemOutcome outcome;
                try {
                    outcome = self.issueOne(structureId, login, pathwayId);
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

    /** Pathways of the structure that exited in the period and have no valid certificate yet. */
    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> start(long batchId, long structureId) {
        CertificateBatch b = em.find(CertificateBatch.class, batchId);
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
        b.start(ids.size());
        return ids;
    }

    @RolesAllowed(COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ItemOutcome issueOne(long structureId, String login, long pathwayId) {
        try {
            Certificate c = issuer.issue(structureId, login, pathwayId, LocalDateTime.now());
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
        em.createNativeQuery("update certificate_batch set " + column + " = " + column + " + 1 where id = ?1")
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
