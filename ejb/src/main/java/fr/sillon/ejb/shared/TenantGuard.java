package fr.sillon.ejb.shared;

import fr.sillon.domain.NotFoundException;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one tenant guard of the services: a record is given to a caller only when it belongs to the caller's
 * structure. <b>Audit policy</b> (the same everywhere): every refusal is written to the audit trail as
 * {@code REFUSED} with the action, the record type and the id asked for, <i>whether or not the record exists</i>:
 * probing ids of another structure is worth recording, and the answer (not found) is the same in both cases, so the
 * trail does not depend on what exists and the caller learns nothing. The refusal is written in its own transaction
 * ({@link AuditService}), so it stays when the caller's transaction rolls back.
 */
@Dependent
public class TenantGuard {
    @PersistenceContext
    EntityManager em;
    @Inject
    AuditService audit;

    /**
     * The entity {@code id} of {@code type} when {@code structureOf} says it belongs to the caller's structure;
     * otherwise the refusal is audited and answered as {@link NotFoundException} (named after the type).
     */
    public <T> T owned(Caller caller, Class<T> type, Object id, Function<? super T, Long> structureOf, String action) {
        return owned(caller, type, id, structureOf, action, type.getSimpleName());
    }

    /** As {@link #owned(Caller, Class, Object, Function, String)}, the not-found message naming {@code what}. */
    public <T> T owned(Caller caller, Class<T> type, Object id, Function<? super T, Long> structureOf, String action,
                       String what) {
        long structure = caller.structure(); // a caller without a structure is refused before any lookup
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw refuse(caller, action, type.getSimpleName(), id, what);
        }
        Long owner = structureOf.apply(entity);
        if (!Objects.equals(owner, structure)) {
            audit.refusedOn(caller, action, type.getSimpleName(), id, owner); // the owner's coordinators see it
            throw new NotFoundException(what, id);
        }
        return entity;
    }

    /** Audits a refusal of the caller and returns the not-found answer to throw. */
    public NotFoundException refuse(Caller caller, String action, String type, Object id) {
        return refuse(caller, action, type, id, type);
    }

    /** Audits a refusal of the caller and returns the not-found answer (naming {@code what}) to throw. */
    public NotFoundException refuse(Caller caller, String action, String type, Object id, String what) {
        audit.refused(caller, action, type, id);
        return new NotFoundException(what, id);
    }
}
