package fr.sillon.ejb.shared;

import fr.sillon.domain.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Writing helpers shared by the services. */
public final class Persist {
    private Persist() {
    }

    /**
     * Persists and flushes (with IDENTITY ids the insert runs at once); a unique-key violation (a concurrent insert
     * won the race) becomes the given French message.
     */
    public static void unique(EntityManager em, Object entity, String key) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                        || t.getMessage() != null && t.getMessage().contains("Duplicate entry")) {
                    throw new DomainException(key);
                }
            }
            throw e;
        }
    }

    /** The version a form was read at must still be the record's: otherwise someone changed it meanwhile. */
    public static void sameVersion(int current, int expected) {
        if (current != expected) {
            throw new DomainException("error.optimisticLock");
        }
    }
}
