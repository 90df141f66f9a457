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
        // cut to the columns (a 300-character login, a batch naming many participants must not turn into a 500) and
        // without line breaks (the trail is read as lines)
        em.persist(new AuditEntry(LocalDateTime.now(), fit(actorLogin, 100), structureId, fit(action, 60),
                fit(targetType, 60), targetId == null ? null : fit(String.valueOf(targetId), 60), outcome,
                fit(detail, 1000)));
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

    /**
     * Records a refused access of the caller to a record of {@code targetStructureId} (another structure's): that
     * structure's coordinators see it in their trail.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusedOn(Caller caller, String action, String targetType, Object targetId, Long targetStructureId) {
        em.persist(new AuditEntry(LocalDateTime.now(), fit(caller.login(), 100), caller.structureId(), fit(action, 60),
                fit(targetType, 60), targetId == null ? null : fit(String.valueOf(targetId), 60),
                AuditEntry.Outcome.REFUSED, null).onStructure(targetStructureId));
    }

    /** Records a refused access of the caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // a call to record() from here bypasses the proxy
    public void refused(Caller caller, String action, String targetType, Object targetId) {
        record(caller.login(), caller.structureId(), action, targetType, targetId, AuditEntry.Outcome.REFUSED, null);
    }

    static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replace('\r', ' ').replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
