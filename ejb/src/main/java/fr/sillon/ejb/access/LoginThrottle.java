package fr.sillon.ejb.access;

import fr.sillon.domain.access.ApiTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Throttling per client address of the password checks of the login page (issue 14), on top of the per-account lock:
 * the failures are the token endpoint's rows of {@code auth_failure} (kind ADDRESS, shared by every node), so that an
 * address gets {@link ApiTokens#MAX_FAILURES_PER_ADDRESS} failed password checks in {@link ApiTokens#THROTTLE_WINDOW},
 * whichever way in it uses. While throttled, no password is checked at all.
 */
@Stateless
@PermitAll // called before anyone is authenticated (the authentication mechanism)
public class LoginThrottle {
    @PersistenceContext
    EntityManager em;

    /** How long the address must still wait, or empty when it may try a password. */
    public Optional<Duration> waitFor(String address) {
        LocalDateTime now = LocalDateTime.now();
        @SuppressWarnings("unchecked")
        List<Object> times = em.createNativeQuery(
                        "select at from auth_failure where kind = 'ADDRESS' and subject = ?1 and at > ?2 order by at")
                .setParameter(1, subject(address))
                .setParameter(2, Timestamp.valueOf(now.minus(ApiTokens.THROTTLE_WINDOW))).getResultList();
        return ApiTokens.retryAfter(times.stream().map(ApiTokenAuthenticator::toLocal).toList(),
                ApiTokens.MAX_FAILURES_PER_ADDRESS, now);
    }

    /** Counts one failed password check from the address (in its own transaction: it stays whatever follows). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String address) {
        em.createNativeQuery("insert into auth_failure (kind, subject, at) values ('ADDRESS', ?1, ?2)")
                .setParameter(1, subject(address)).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .executeUpdate();
    }

    private static String subject(String address) {
        String a = address == null ? "?" : address;
        return a.length() > 200 ? a.substring(0, 200) : a;
    }
}
