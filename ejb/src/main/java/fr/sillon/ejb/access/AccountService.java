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
    public record LoginResult(boolean valid, String login, Role role, Set<String> groups) {
        static LoginResult invalid() {
            return new LoginResult(false, null, null, Set.of());
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditService audit;

    public LoginResult checkCredentials(String login, String password) {
        LocalDateTime now = LocalDateTime.now();
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
        account.recordSuccessfulLogin(now);
        audit.record(login, structureId, "LOGIN", "UserAccount", account.getId(), AuditEntry.Outcome.OK, "connexion réussie");
        return new LoginResult(true, account.getLogin(), account.getRole(), account.getRole().groups());
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
