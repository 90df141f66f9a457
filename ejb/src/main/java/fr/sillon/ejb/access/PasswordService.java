package fr.sillon.ejb.access;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.AccountRules;
import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Everyone changes their own password (issue 14, ASVS 5.0 V6.2): the current one is required (a wrong one counts as a
 * failed login of the account, toward its lock), the new one follows {@link AccountRules#chosenPassword}. The change
 * ends the account's other web sessions (their password date no longer matches) and revokes its API tokens. Audited.
 */
@Stateless
public class PasswordService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditService audit;

    /** Whether the caller's password is provisional (given by someone else): the page then says it must be changed. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public boolean mustChange() {
        return em.find(UserAccount.class, currentCaller.get().userId()).isProvisional();
    }

    /** Outcome of a change: refused because the current password is wrong (the failure is kept), or done. */
    public record Change(boolean done, int devicesSignedOut) implements java.io.Serializable {
    }

    /**
     * Changes the caller's password. A wrong current password is answered (not thrown, so that the failure counted on
     * the account is committed); a new password breaking the rules throws the rule's French message.
     */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public Change changeOwn(String current, String next, String confirmation) {
        Caller caller = currentCaller.get();
        if (current == null || current.isEmpty()) {
            throw new DomainException("access.password.currentWrong"); // nothing typed: not a guess
        }
        LocalDateTime now = LocalDateTime.now();
        UserAccount account = em.find(UserAccount.class, caller.userId(), LockModeType.PESSIMISTIC_WRITE);
        if (account.isLocked(now) || current.length() > 4 * AccountRules.MAX_PASSWORD_LENGTH
                || !hasher.verify(current, account.getPasswordHash())) {
            account.recordFailedLogin(now); // five wrong ones lock the account, as on the login page
            audit.record(caller.login(), caller.structureId(), "PASSWORD_CHANGE", "UserAccount", caller.userId(),
                    AuditEntry.Outcome.FAILED, "mot de passe actuel erroné");
            return new Change(false, 0);
        }
        AccountRules.chosenPassword(next, confirmation, caller.login());
        if (next.equals(current)) {
            throw new DomainException("access.password.same");
        }
        account.changePassword(hasher.hash(next), now, false);
        int devices = em.createNativeQuery(
                        "update api_token set revoked_at = ?1 where user_account_id = ?2 and revoked_at is null")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, caller.userId()).executeUpdate();
        audit.ok(caller, "PASSWORD_CHANGE", "UserAccount", caller.userId(),
                devices == 0 ? "mot de passe changé" : "mot de passe changé, " + devices + " appareil(s) déconnecté(s)");
        return new Change(true, devices);
    }
}
