package fr.sillon.ejb.access;

import fr.sillon.domain.access.ApiTokens;
import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The two anonymous steps of API tokens: issuing one for a login and password (the only API call that checks a
 * password, throttled per login and per client address with failures kept in the database, so every node sees
 * them), and recognising a presented token (one indexed lookup of its SHA-256, no password hashing).
 */
@Stateless
@PermitAll // called before anyone is authenticated (token endpoint, authentication mechanism)
public class ApiTokenAuthenticator {
    /** Outcome of {@link #issue}: a token, bad credentials, or too many failures (wait {@code retryAfter}). */
    public record Issue(Outcome outcome, String token, LocalDateTime expiresAt, Duration retryAfter) {
        public enum Outcome { ISSUED, INVALID, THROTTLED }
    }

    /**
     * A recognised token: who it authenticates (the whole {@link Caller}, read by the same query: the request needs
     * no second lookup of the account), and its id (for « log this device out »).
     */
    public record Bearer(long tokenId, Caller caller) {
        public String login() {
            return caller.login();
        }

        public Set<String> groups() {
            return caller.role().groups();
        }
    }

    @PersistenceContext
    EntityManager em;
    @Resource
    SessionContext context;
    @Inject
    AccountService accounts;
    @Inject
    AuditService audit;
    @Inject
    TotpService totp;

    private boolean secondFactorOf(String login) {
        return ((Number) em.createNativeQuery("select count(*) from user_account where login = ?1 and totp_secret is not null")
                .setParameter(1, login).getSingleResult()).longValue() > 0;
    }

    public Issue issue(String login, String password, String device, String address) {
        return issue(login, password, device, address, null);
    }

    /**
     * As {@link #issue(String, String, String, String)}; an account that uses the second factor (issue 14) must also
     * give a current code of its application ({@code code}), else the answer is the same as a wrong password.
     */
    public Issue issue(String login, String password, String device, String address, String code) {
        String subject = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        String from = address == null ? "?" : address;
        LocalDateTime now = LocalDateTime.now();
        Optional<Duration> wait = throttled("ADDRESS", from, ApiTokens.MAX_FAILURES_PER_ADDRESS, now)
                .or(() -> throttled("LOGIN", subject, ApiTokens.MAX_FAILURES_PER_LOGIN, now));
        if (wait.isPresent()) {
            audit.record(subject, null, "API_TOKEN_ISSUE", "UserAccount", null, AuditEntry.Outcome.REFUSED,
                    "trop de tentatives depuis " + from);
            return new Issue(Issue.Outcome.THROTTLED, null, null, wait.get());
        }
        AccountService.LoginResult result = subject.isEmpty() || password == null
                ? AccountService.LoginResult.invalid() : accounts.checkCredentials(subject, password);
        if (result.valid() && !result.mustChangePassword() && secondFactorOf(result.login())
                && totp.checkSecondFactor(result.login(), code) == TotpService.Check.WRONG) {
            result = AccountService.LoginResult.invalid(); // the password alone does not open an account using TOTP
        }
        if (!result.valid() || result.mustChangePassword()) {
            // a provisional password opens only the page where its holder chooses their own (issue 14)
            recordFailure("ADDRESS", from, now);
            recordFailure("LOGIN", subject, now);
            return new Issue(Issue.Outcome.INVALID, null, null, null);
        }
        Object[] account = (Object[]) em.createNativeQuery("select id, structure_id from user_account where login = ?1")
                .setParameter(1, result.login()).getSingleResult();
        String secret = ApiTokens.newSecret();
        LocalDateTime expires = ApiTokens.expiry(now);
        em.createNativeQuery("""
                        insert into api_token (token_hash, user_account_id, structure_id, device, created_at, last_used_at,
                                               expires_at) values (?1, ?2, ?3, ?4, ?5, ?5, ?6)""")
                .setParameter(1, ApiTokens.hash(secret)).setParameter(2, account[0]).setParameter(3, account[1])
                .setParameter(4, ApiTokens.deviceLabel(device)).setParameter(5, Timestamp.valueOf(now))
                .setParameter(6, Timestamp.valueOf(expires)).executeUpdate();
        audit.record(result.login(), account[1] == null ? null : ((Number) account[1]).longValue(), "API_TOKEN_ISSUE",
                "UserAccount", account[0], AuditEntry.Outcome.OK, ApiTokens.deviceLabel(device));
        return new Issue(Issue.Outcome.ISSUED, secret, expires, null);
    }

    /**
     * The caller a presented secret authenticates: an unrevoked, unexpired token of an enabled account. One read, in
     * no transaction of its own (issue 11: each API call paid a transaction's statements for it); the rare write of
     * the last use (once a minute at most) in {@link #touch}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Bearer> recognise(String secret) {
        if (!ApiTokens.wellFormed(secret)) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.last_used_at, u.id, u.login, u.display_name, u.role, u.structure_id,
                               u.partner_organisation_id
                        from api_token t join user_account u on u.id = t.user_account_id
                        where t.token_hash = ?1 and t.revoked_at is null and t.expires_at > ?2 and u.enabled = true""")
                .setParameter(1, ApiTokens.hash(secret)).setParameter(2, Timestamp.valueOf(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        long id = ((Number) r[0]).longValue();
        if (ApiTokens.needsTouch(toLocal(r[1]), now)) {
            context.getBusinessObject(ApiTokenAuthenticator.class).touch(id, now);
        }
        return Optional.of(new Bearer(id, new Caller(((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                Role.valueOf((String) r[5]), r[6] == null ? null : ((Number) r[6]).longValue(),
                r[7] == null ? null : ((Number) r[7]).longValue())));
    }

    /** Records the use of a token now: it expires 30 days after this last use. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void touch(long tokenId, LocalDateTime now) {
        LocalDateTime at = now == null ? LocalDateTime.now() : now;
        em.createNativeQuery("update api_token set last_used_at = ?1, expires_at = ?2 where id = ?3")
                .setParameter(1, Timestamp.valueOf(at)).setParameter(2, Timestamp.valueOf(ApiTokens.expiry(at)))
                .setParameter(3, tokenId).executeUpdate();
    }

    private Optional<Duration> throttled(String kind, String subject, int limit, LocalDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object> times = em.createNativeQuery(
                        "select at from auth_failure where kind = ?1 and subject = ?2 and at > ?3 order by at")
                .setParameter(1, kind).setParameter(2, subject)
                .setParameter(3, Timestamp.valueOf(now.minus(ApiTokens.THROTTLE_WINDOW))).getResultList();
        return ApiTokens.retryAfter(times.stream().map(ApiTokenAuthenticator::toLocal).toList(), limit, now);
    }

    private void recordFailure(String kind, String subject, LocalDateTime now) {
        em.createNativeQuery("insert into auth_failure (kind, subject, at) values (?1, ?2, ?3)")
                .setParameter(1, kind).setParameter(2, subject.length() > 200 ? subject.substring(0, 200) : subject)
                .setParameter(3, Timestamp.valueOf(now)).executeUpdate();
    }

    static LocalDateTime toLocal(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
