package fr.sillon.ejb.access;

import fr.sillon.ejb.shared.TenantGuard;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts of a structure, managed by its coordinators: list, create (with a generated initial password shown
 * once), disable / enable, reset a password. Scoped to the caller's structure: an account of another structure is
 * answered as not found, and the attempt is audited. Every change is audited.
 */
@Stateless
public class AccountAdminService {
    /** Roles a coordinator can give (admins and partner referents are created by the platform operator). */
    public static final Set<Role> STRUCTURE_ROLES = EnumSet.of(Role.COORDINATOR, Role.SUPERVISOR, Role.PARTICIPANT);
    /** Whose password a coordinator may reset: not another coordinator's (the platform administration does that). */
    public static final Set<Role> RESETTABLE_ROLES = EnumSet.of(Role.SUPERVISOR, Role.PARTICIPANT);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    /** No 0/O, 1/l/I: passwords are read aloud or copied from paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One account of the structure as the coordinator's list shows it (never the hash). */
    public record AccountRow(long id, String login, String displayName, String email, Role role, boolean enabled,
                             boolean locked, LocalDateTime lastLoginAt, String participantName) implements Serializable {
    }

    /** What to create. */
    public record NewAccount(String login, String displayName, String email, Role role) implements Serializable {
    }

    /** A password to hand over to the person, shown once. */
    public record IssuedPassword(long accountId, String login, String password) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;
    @Inject
    PasswordHasher hasher;
    @Inject
    ApiTokenService tokens;
    @Inject
    fr.sillon.ejb.pathway.PathwaySummaries pathways;

    @RolesAllowed(COORDINATOR)
    public List<AccountRow> accounts() {
        Caller caller = currentCaller.get();
        LocalDateTime now = LocalDateTime.now();
        List<UserAccount> rows = em.createQuery("""
                        select u from UserAccount u where u.structure.id = :s order by u.role, u.displayName""",
                        UserAccount.class)
                .setParameter("s", caller.structure()).getResultList();
        Map<Long, String> participants = pathways.participantNamesByAccount(caller.structure());
        return rows.stream().map(u -> new AccountRow(u.getId(), u.getLogin(), u.getDisplayName(), u.getEmail(),
                u.getRole(), u.isEnabled(), u.isLocked(now), u.getLastLoginAt(), participants.get(u.getId()))).toList();
    }

    /** Creates an account of the caller's structure; returns its initial password (to be changed by the person). */
    @RolesAllowed(COORDINATOR)
    public IssuedPassword create(NewAccount data) {
        Caller caller = currentCaller.get();
        String login = data.login() == null ? "" : data.login().trim().toLowerCase(java.util.Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new DomainException("access.account.loginInvalid");
        }
        if (data.displayName() == null || data.displayName().isBlank()) {
            throw new DomainException("access.account.nameRequired");
        }
        if (data.role() == null || !STRUCTURE_ROLES.contains(data.role())) {
            throw new DomainException("access.account.roleNotAllowed");
        }
        Long taken = em.createQuery("select count(u) from UserAccount u where u.login = :l", Long.class)
                .setParameter("l", login).getSingleResult();
        if (taken > 0) {
            throw new DomainException("access.account.loginTaken", login);
        }
        String password = generatePassword();
        String hash = hasher.hash(password);
        UserAccount u = new UserAccount(login, hash, data.displayName().trim(), data.role(),
                em.getReference(Structure.class, caller.structure()));
        u.changePassword(hash, LocalDateTime.now(), true); // provisional: changed at the first sign-in
        u.setEmail(data.email() == null || data.email().isBlank() ? null : data.email().trim());
        em.persist(u);
        em.flush();
        audit.ok(caller, "ACCOUNT_CREATE", "UserAccount", u.getId(), login + " (" + data.role() + ")");
        return new IssuedPassword(u.getId(), login, password);
    }

    /** Disables or re-enables an account of the structure (a coordinator cannot disable their own account). */
    @RolesAllowed(COORDINATOR)
    public void setEnabled(long accountId, boolean enabled) {
        Caller caller = currentCaller.get();
        UserAccount u = accountOf(caller, accountId, enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE");
        if (!enabled && u.getId() == caller.userId()) {
            throw new DomainException("access.account.notSelf");
        }
        u.setEnabled(enabled);
        if (!enabled) {
            tokens.revokeAllOfAccount(accountId); // its devices are logged out
        }
        audit.ok(caller, enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "UserAccount", accountId, u.getLogin());
    }

    /**
     * Gives a supervisor's or participant's account a new generated, provisional password (and lifts a lock from failed
     * logins); returns it, once. Its web sessions and devices are signed out.
     */
    @RolesAllowed(COORDINATOR)
    public IssuedPassword resetPassword(long accountId) {
        Caller caller = currentCaller.get();
        UserAccount u = accountOf(caller, accountId, "ACCOUNT_RESET_PASSWORD");
        if (!RESETTABLE_ROLES.contains(u.getRole())) {
            // a coordinator could otherwise take over another coordinator's account (issue 14)
            audit.record(caller.login(), caller.structureId(), "ACCOUNT_RESET_PASSWORD", "UserAccount", accountId,
                    fr.sillon.domain.access.AuditEntry.Outcome.REFUSED, "compte " + u.getRole() + " : réservé à l'administration");
            throw new DomainException("access.account.resetNotAllowed");
        }
        String password = generatePassword();
        u.changePassword(hasher.hash(password), LocalDateTime.now(), true); // provisional; ends its web sessions
        tokens.revokeAllOfAccount(accountId); // its devices must sign in with the new password
        audit.ok(caller, "ACCOUNT_RESET_PASSWORD", "UserAccount", accountId, u.getLogin());
        return new IssuedPassword(u.getId(), u.getLogin(), password);
    }

    private UserAccount accountOf(Caller caller, long accountId, String action) {
        return guard.owned(caller, UserAccount.class, accountId,
                u -> u.getStructure() == null ? null : u.getStructure().getId(), action);
    }

    /** 12 characters from a 55-symbol alphabet (about 69 bits). */
    static String generatePassword() {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
