package fr.sillon.ejb.access;

import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.ejb.infra.LogText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks credentials for the identity store: password hash, disabled and locked accounts, and throttling of
 * failed logins (the account is locked for 15 minutes after 5 failures in a row; every failure is logged and audited).
 */
@Stateless
@PermitAll // the identity store calls it before anyone is authenticated
public class AccountService {
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    /** Outcome of a credential check: the login and the security groups when valid. */
    public record LoginResult(boolean valid, String login, Role role, Set<String> groups, boolean mustChangePassword) {
        static LoginResult invalid() {
            return new LoginResult(false, null, null, Set.of(), false);
        }
    }

    /**
     * What a web session checks on each request: the date of the account's last password change (the session ends
     * when it differs from the one seen at sign-in) and whether the password is provisional (to change first).
     */
    public record SessionState(String passwordStamp, boolean mustChangePassword, boolean totpEnabled,
                               boolean totpRequired) implements java.io.Serializable {
        /** The second factor is compulsory for this account and not set up yet: the enrolment page first. */
        public boolean mustEnrolTotp() {
            return totpRequired && !totpEnabled;
        }
    }

    /** Logins are at most this long (column size): a longer one is answered as an unknown login, never a 500. */
    public static final int MAX_LOGIN_LENGTH = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditService audit;

    @Inject
    LoginNotes notes;

    public LoginResult checkCredentials(String login, String password) {
        LocalDateTime now = LocalDateTime.now();
        if (login == null || password == null || login.length() > MAX_LOGIN_LENGTH
                || password.length() > 4 * fr.sillon.domain.access.AccountRules.MAX_PASSWORD_LENGTH) {
            hasher.hash(password == null ? "" : password.substring(0, Math.min(password.length(), 512)));
            fail(login == null ? "" : login, null, "identifiant inconnu");
            return LoginResult.invalid();
        }
        Optional<UserAccount> found = em.createQuery("select u from UserAccount u where u.login = :l", UserAccount.class)
                .setParameter("l", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hasher.hash(password); // same cost as a real check: does not reveal which logins exist
            fail(login, null, "identifiant inconnu");
            return LoginResult.invalid();
        }
        UserAccount account = found.get();
        Long structureId = account.getStructure() == null ? null : account.getStructure().getId();
        // the password is checked in every case, so that a disabled or locked account answers as slowly as a wrong
        // password (and as an unknown login): the answer's time tells nothing
        boolean passwordMatches = hasher.verify(password, account.getPasswordHash());
        if (!account.isEnabled()) {
            fail(login, structureId, "compte désactivé");
            return LoginResult.invalid();
        }
        if (account.isLocked(now)) {
            fail(login, structureId, "compte verrouillé jusqu'à " + account.getLockedUntil());
            return LoginResult.invalid();
        }
        if (!passwordMatches) {
            account.recordFailedLogin(now);
            fail(login, structureId, account.isLocked(now) ? "mot de passe erroné, compte verrouillé" : "mot de passe erroné");
            return LoginResult.invalid();
        }
        if (account.isProvisionalExpired(now)) {
            // the right provisional password, past its date: only its holder learns that it expired
            fail(login, structureId, "mot de passe provisoire expiré le " + account.getProvisionalUntil());
            try {
                notes.provisionalExpired();
            } catch (jakarta.enterprise.context.ContextNotActiveException outsideARequest) {
                // a check outside an HTTP request: nobody to tell
            }
            return LoginResult.invalid();
        }
        account.recordSuccessfulLogin(now);
        audit.record(login, structureId, "LOGIN", "UserAccount", account.getId(), AuditEntry.Outcome.OK,
                account.isProvisional() ? "connexion réussie (mot de passe provisoire à changer)" : "connexion réussie");
        return new LoginResult(true, account.getLogin(), account.getRole(), account.getRole().groups(),
                account.isProvisional());
    }

    /** The state a web session of this login checks on each request; empty when the account is unknown or disabled. */
    public Optional<SessionState> sessionState(String login) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("""
                        select u.password_changed_at, u.password_provisional_until, u.totp_secret, u.role,
                               coalesce(s.totp_required, false)
                        from user_account u left join structure s on s.id = u.structure_id
                        where u.login = ?1 and u.enabled = true""")
                .setParameter(1, login).getResultList();
        return rows.stream().findFirst().map(r -> new SessionState(String.valueOf(r[0]), r[1] != null, r[2] != null,
                TotpService.requiredFor(Role.valueOf((String) r[3]), TotpService.toBoolean(r[4]))));
    }

    private void fail(String login, Long structureId, String why) {
        LOG.warning(() -> "Échec de connexion pour « " + LogText.escape(login) + " » : " + why);
        audit.record(login, structureId, "LOGIN", "UserAccount", null, AuditEntry.Outcome.FAILED, why);
    }

    /** The role of an authenticated login (to choose the home page). */
    public Optional<Role> roleOf(String login) {
        return em.createQuery("select u.role from UserAccount u where u.login = :l", Role.class)
                .setParameter("l", login).getResultStream().findFirst();
    }
}
