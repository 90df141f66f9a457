package fr.sillon.ejb.access;

import static fr.sillon.ejb.shared.Roles.*;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Totp;
import fr.sillon.domain.access.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The second factor (issue 14, point 5): each person may enrol an authenticator application (TOTP, RFC 6238) with a
 * QR code and gets ten recovery codes, shown once; the structure's setting makes it compulsory for its coordinators,
 * {@code SILLON_TOTP_ADMINS=true} for the platform administrators. At sign-in, once the password is right, the code
 * (or a recovery code, once) is asked; five wrong ones lock the account like wrong passwords. Audited.
 */
@Stateless
public class TotpService {
    public static final String ENV_ADMINS = "SILLON_TOTP_ADMINS";

    /** What the enrolment page shows. */
    public record Status(boolean enabled, boolean required, long recoveryCodesLeft) implements Serializable {
    }

    /** The outcome of the second step of a sign-in. */
    public enum Check { OK, OK_RECOVERY_CODE, WRONG }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;

    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public Status status() {
        UserAccount u = em.find(UserAccount.class, currentCaller.get().userId());
        long left = ((Number) em.createNativeQuery(
                "select count(*) from totp_recovery_code where user_account_id = ?1 and used_at is null")
                .setParameter(1, u.getId()).getSingleResult()).longValue();
        return new Status(secretOf(u.getId()) != null, required(u.getId()), left);
    }

    /**
     * Turns the second factor on with a secret the person's application read (from the QR code) and a first code of
     * it; returns the recovery codes, to be shown once. Refused with a French message when the code is not right.
     */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public List<String> enable(String secret, String code) {
        Caller caller = currentCaller.get();
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new DomainException("access.totp.wrongCode");
        }
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(), null);
        if (step.isEmpty()) {
            audit.record(caller.login(), caller.structureId(), "TOTP_ENABLE", "UserAccount", caller.userId(),
                    AuditEntry.Outcome.FAILED, "premier code erroné");
            throw new DomainException("access.totp.wrongCode");
        }
        em.find(UserAccount.class, caller.userId(), LockModeType.PESSIMISTIC_WRITE);
        em.createNativeQuery("update user_account set totp_secret = ?1, totp_enabled_at = ?2, totp_last_step = ?3"
                        + " where id = ?4").setParameter(1, secret).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, step.getAsLong()).setParameter(4, caller.userId()).executeUpdate();
        List<String> codes = newRecoveryCodes(caller.userId());
        audit.ok(caller, "TOTP_ENABLE", "UserAccount", caller.userId(), "double authentification activée");
        return codes;
    }

    /** New recovery codes (the old ones stop working), with a current code of the application. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public List<String> renewRecoveryCodes(String code) {
        Caller caller = currentCaller.get();
        requireCurrentCode(caller, code, "TOTP_RECOVERY_RENEW");
        List<String> codes = newRecoveryCodes(caller.userId());
        audit.ok(caller, "TOTP_RECOVERY_RENEW", "UserAccount", caller.userId(), null);
        return codes;
    }

    /** Turns the second factor off, with a current code; refused while the structure (or the platform) requires it. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public void disable(String code) {
        Caller caller = currentCaller.get();
        if (required(caller.userId())) {
            throw new DomainException("access.totp.required");
        }
        requireCurrentCode(caller, code, "TOTP_DISABLE");
        em.createNativeQuery("update user_account set totp_secret = null, totp_enabled_at = null, totp_last_step = null"
                + " where id = ?1").setParameter(1, caller.userId()).executeUpdate();
        em.createNativeQuery("delete from totp_recovery_code where user_account_id = ?1")
                .setParameter(1, caller.userId()).executeUpdate();
        audit.ok(caller, "TOTP_DISABLE", "UserAccount", caller.userId(), "double authentification désactivée");
    }

    /** Whether the caller's structure requires the second factor of its coordinators. */
    @RolesAllowed(COORDINATOR)
    public boolean structureRequires() {
        return toBoolean(em.createNativeQuery("select totp_required from structure where id = ?1")
                .setParameter(1, currentCaller.get().structure()).getSingleResult());
    }

    /**
     * The structure's setting: its coordinators must use the second factor (each is sent to the enrolment page until
     * they have). Only a coordinator who uses it may require it.
     */
    @RolesAllowed(COORDINATOR)
    public void setStructureRequires(boolean required) {
        Caller caller = currentCaller.get();
        if (required && secretOf(caller.userId()) == null) {
            throw new DomainException("access.totp.enrolFirst");
        }
        em.createNativeQuery("update structure set totp_required = ?1 where id = ?2").setParameter(1, required)
                .setParameter(2, caller.structure()).executeUpdate();
        audit.ok(caller, "STRUCTURE_SETTINGS_UPDATE", "Structure", caller.structure(),
                required ? "double authentification obligatoire pour les coordinateur·rices" : "double authentification facultative");
    }

    /** The QR code of an {@code otpauth://} address, as an SVG image (dark modules as one path). */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public String qrSvg(String otpauthUri) {
        try {
            BitMatrix m = new QRCodeWriter().encode(otpauthUri == null ? "" : otpauthUri, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" width=\"240\" height=\"240\" role=\"img\" aria-labelledby=\"totp-qr-title\" shape-rendering=\"crispEdges\">"
                    + "<title id=\"totp-qr-title\">Code QR à scanner avec votre application d'authentification</title>"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The second step of a sign-in (before the session exists): a current code of the application, or an unused
     * recovery code. A wrong one counts as a failed login of the account (five lock it); a locked account fails.
     */
    @PermitAll // the person is between the password and the code: not signed in yet
    public Check checkSecondFactor(String login, String typed) {
        LocalDateTime now = LocalDateTime.now();
        UserAccount u = em.createQuery("select u from UserAccount u where u.login = :l", UserAccount.class)
                .setParameter("l", login == null ? "" : login).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (u == null || !u.isEnabled()) {
            return Check.WRONG;
        }
        Long structureId = u.getStructure() == null ? null : u.getStructure().getId();
        Object[] row = (Object[]) em.createNativeQuery("select totp_secret, totp_last_step from user_account where id = ?1")
                .setParameter(1, u.getId()).getSingleResult();
        String secret = (String) row[0];
        Long last = row[1] == null ? null : ((Number) row[1]).longValue();
        if (secret != null && !u.isLocked(now)) {
            OptionalLong step = Totp.matchingStep(secret, typed, Instant.now(), last);
            if (step.isPresent()) {
                em.createNativeQuery("update user_account set totp_last_step = ?1 where id = ?2")
                        .setParameter(1, step.getAsLong()).setParameter(2, u.getId()).executeUpdate();
                audit.record(login, structureId, "LOGIN_TOTP", "UserAccount", u.getId(), AuditEntry.Outcome.OK, "code valide");
                return Check.OK;
            }
            if (Totp.looksLikeRecoveryCode(typed)) {
                int used = em.createNativeQuery("update totp_recovery_code set used_at = ?1 where user_account_id = ?2"
                                + " and code_hash = ?3 and used_at is null")
                        .setParameter(1, Timestamp.valueOf(now)).setParameter(2, u.getId())
                        .setParameter(3, Totp.recoveryHash(typed)).executeUpdate();
                if (used == 1) {
                    audit.record(login, structureId, "LOGIN_TOTP", "UserAccount", u.getId(), AuditEntry.Outcome.OK,
                            "code de secours utilisé");
                    return Check.OK_RECOVERY_CODE;
                }
            }
        }
        u.recordFailedLogin(now);
        audit.record(login, structureId, "LOGIN_TOTP", "UserAccount", u.getId(), AuditEntry.Outcome.FAILED,
                u.isLocked(now) ? "code erroné, compte verrouillé" : "code erroné");
        return Check.WRONG;
    }

    /** Whether the second factor is compulsory for this account (structure setting, or platform setting for admins). */
    boolean required(long accountId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select u.role, coalesce(s.totp_required, false) from user_account u
                        left join structure s on s.id = u.structure_id where u.id = ?1""")
                .setParameter(1, accountId).getSingleResult();
        return requiredFor(Role.valueOf((String) r[0]), toBoolean(r[1]));
    }

    static boolean requiredFor(Role role, boolean structureRequires) {
        return role == Role.COORDINATOR && structureRequires
                || role == Role.ADMIN && Boolean.parseBoolean(System.getenv().getOrDefault(ENV_ADMINS, "false"));
    }

    static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private String secretOf(long accountId) {
        return (String) em.createNativeQuery("select totp_secret from user_account where id = ?1")
                .setParameter(1, accountId).getSingleResult();
    }

    private void requireCurrentCode(Caller caller, String code, String action) {
        Object value = em.createNativeQuery("select totp_last_step from user_account where id = ?1")
                .setParameter(1, caller.userId()).getResultList().get(0);
        Long last = value == null ? null : ((Number) value).longValue();
        OptionalLong step = Totp.matchingStep(secretOf(caller.userId()), code, Instant.now(), last);
        if (step.isEmpty()) {
            audit.record(caller.login(), caller.structureId(), action, "UserAccount", caller.userId(),
                    AuditEntry.Outcome.FAILED, "code erroné");
            throw new DomainException("access.totp.wrongCode");
        }
        em.createNativeQuery("update user_account set totp_last_step = ?1 where id = ?2")
                .setParameter(1, step.getAsLong()).setParameter(2, caller.userId()).executeUpdate();
    }

    private List<String> newRecoveryCodes(long accountId) {
        em.createNativeQuery("delete from totp_recovery_code where user_account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        List<String> codes = Totp.newRecoveryCodes();
        for (String c : codes) {
            em.createNativeQuery("insert into totp_recovery_code (user_account_id, code_hash) values (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, Totp.recoveryHash(c)).executeUpdate();
        }
        return codes;
    }
}
