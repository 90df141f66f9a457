package fr.sillon.ejb.access;

import fr.sillon.domain.NotFoundException;
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
 * The connected devices (API tokens): each account lists and revokes its own; a coordinator lists and revokes those
 * of the structure's accounts (« Appareils connectés »). Revocations are audited.
 */
@Stateless
public class ApiTokenService {
    static final String COORDINATOR = "COORDINATOR";
    private static final String SELECT = """
            select t.id, u.login, u.display_name, t.device, t.created_at, t.last_used_at, t.expires_at
            from api_token t join user_account u on u.id = t.user_account_id
            where t.revoked_at is null and t.expires_at > ?1 and %s
            order by t.last_used_at desc, t.id desc""";

    /** One active token as lists show it (never its secret nor its hash). */
    public record TokenRow(long id, String login, String displayName, String device, LocalDateTime createdAt,
                           LocalDateTime lastUsedAt, LocalDateTime expiresAt) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;

    @RolesAllowed({"ADMIN", "COORDINATOR", "SUPERVISOR", "PARTICIPANT", "REFERENT"})
    public List<TokenRow> mine() {
        return rows("t.user_account_id = ?2", currentCaller.get().userId());
    }

    /** Revokes one of the caller's own tokens; another account's token is answered as not found. */
    @RolesAllowed({"ADMIN", "COORDINATOR", "SUPERVISOR", "PARTICIPANT", "REFERENT"})
    public void revokeMine(long tokenId) {
        Caller caller = currentCaller.get();
        revoke(caller, tokenId, "t.user_account_id = ?3", caller.userId());
    }

    @RolesAllowed(COORDINATOR)
    public List<TokenRow> ofStructure() {
        return rows("t.structure_id = ?2", currentCaller.get().structure());
    }

    @RolesAllowed(COORDINATOR)
    public void revokeInStructure(long tokenId) {
        Caller caller = currentCaller.get();
        revoke(caller, tokenId, "t.structure_id = ?3", caller.structure());
    }

    /** Revokes every token of an account of the caller's structure (account disabled, password reset). */
    @RolesAllowed(COORDINATOR)
    public int revokeAllOfAccount(long accountId) {
        Caller caller = currentCaller.get();
        int n = em.createNativeQuery("""
                        update api_token set revoked_at = ?1
                        where user_account_id = ?2 and structure_id = ?3 and revoked_at is null""")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now())).setParameter(2, accountId)
                .setParameter(3, caller.structure()).executeUpdate();
        if (n > 0) {
            audit.ok(caller, "API_TOKEN_REVOKE", "UserAccount", accountId, n + " appareil(s)");
        }
        return n;
    }

    private List<TokenRow> rows(String where, Object owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT.formatted(where))
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now())).setParameter(2, owner)
                .setMaxResults(500).getResultList();
        return rows.stream().map(r -> new TokenRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ApiTokenAuthenticator.toLocal(r[4]), ApiTokenAuthenticator.toLocal(r[5]),
                ApiTokenAuthenticator.toLocal(r[6]))).toList();
    }

    private void revoke(Caller caller, long tokenId, String where, Object owner) {
        int n = em.createNativeQuery("update api_token t set t.revoked_at = ?1 where t.id = ?2 and t.revoked_at is null and "
                        + where)
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now())).setParameter(2, tokenId)
                .setParameter(3, owner).executeUpdate();
        if (n == 0) { // someone else's token, or none: the token's structure (if any) sees the attempt
            List<?> of = em.createNativeQuery("select structure_id from api_token where id = ?1")
                    .setParameter(1, tokenId).getResultList();
            audit.refusedOn(caller, "API_TOKEN_REVOKE", "ApiToken", tokenId,
                    of.isEmpty() || of.get(0) == null ? null : ((Number) of.get(0)).longValue());
            throw new NotFoundException("ApiToken", tokenId);
        }
        audit.ok(caller, "API_TOKEN_REVOKE", "ApiToken", tokenId, null);
    }
}
