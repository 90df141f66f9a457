package fr.sillon.ejb.access;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reading the audit trail: coordinators see their structure's entries (including what partner referents read of
 * its pathways, and the refused attempts of other structures' accounts on its records), the platform administrator
 * sees everything. Most recent first, filtered by login and outcome.
 */
@Stateless
public class AuditLogService {
    public static final int MAX_PAGE_SIZE = 200;

    public record AuditRow(long id, LocalDateTime at, String actorLogin, String action, String targetType,
                           String targetId, String outcome, String detail) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;

    @RolesAllowed({COORDINATOR, ADMIN})
    public List<AuditRow> entries(String actorLogin, boolean refusedOnly, int first, int max) {
        Caller caller = currentCaller.get();
        boolean admin = caller.is(Role.ADMIN);
        String scope = admin ? "1 = 1" : """
                (a.structure_id = :s or a.target_structure_id = :s or (a.structure_id is null and a.target_type = 'Pathway'
                 and a.target_id in""" + fr.sillon.ejb.pathway.PathwaySummaries.pathwayIdsAsTextSql(":s") + "))";
        var q = em.createNativeQuery("select a.id, a.at, a.actor_login, a.action, a.target_type, a.target_id, a.outcome,"
                        + " a.detail from audit_entry a where " + scope
                        + " and (:actor = '' or a.actor_login = :actor)"
                        + " and (:refused = false or a.outcome <> 'OK')"
                        + " order by a.at desc, a.id desc")
                .setParameter("actor", actorLogin == null ? "" : actorLogin.trim())
                .setParameter("refused", refusedOnly)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE_SIZE));
        if (!admin) {
            q.setParameter("s", caller.structure());
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new AuditRow(((Number) r[0]).longValue(),
                r[1] instanceof LocalDateTime t ? t : ((Timestamp) r[1]).toLocalDateTime(), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
    }
}
