package fr.sillon.ejb.access;

import fr.sillon.domain.access.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Writes the append-only audit trail. Each entry is written in its own transaction so that a refused
 * access stays recorded even when the caller's transaction rolls back.
 */
@Stateless
@PermitAll // internal: every service writes the trail, whoever its caller
public class AuditService {
    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actorLogin, Long structureId, String action, String targetType, Object targetId,
                       AuditEntry.Outcome outcome, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(), actorLogin, structureId, action, targetType,
                targetId == null ? null : String.valueOf(targetId), outcome, detail));
    }

    /** Records a successful sensitive action of the caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // a call to record() from here bypasses the proxy
    public void ok(Caller caller, String action, String targetType, Object targetId, String detail) {
        record(caller.login(), caller.structureId(), action, targetType, targetId, AuditEntry.Outcome.OK, detail);
    }

    /**
     * Records a successful action of the caller in the action's own transaction: the row commits, or rolls back, with
     * the action (issue 11: an observation batch paid a second transaction and a second commit for its audit row).
     */
    public void okWithAction(Caller caller, String action, String targetType, Object targetId, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(), caller.login(), caller.structureId(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), AuditEntry.Outcome.OK, detail));
    }

    /** Records a refused access of the caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // a call to record() from here bypasses the proxy
    public void refused(Caller caller, String action, String targetType, Object targetId) {
        record(caller.login(), caller.structureId(), action, targetType, targetId, AuditEntry.Outcome.REFUSED, null);
    }
}
