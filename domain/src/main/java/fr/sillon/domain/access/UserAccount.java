package fr.sillon.domain.access;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;

/** A person who logs in. Staff and participants belong to a structure; referents to a partner organisation. */
@Entity
@Table(name = "user_account")
public class UserAccount {
    /** After this many consecutive failures the account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NotBlank @Size(max = 100)
    @Column(nullable = false, length = 100, unique = true)
    private String login;
    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;
    @NotBlank @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Size(max = 200) @Column(length = 200)
    private String email;
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "structure_id")
    private Structure structure;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_organisation_id")
    private PartnerOrganisation partnerOrganisation;
    @Column(nullable = false)
    private boolean enabled = true;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt = LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    @Column(name = "password_provisional_until")
    private LocalDateTime provisionalUntil;
    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String login, String passwordHash, String displayName, Role role, Structure structure) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.structure = structure;
    }

    /** True while a lock from too many failed logins is in force. */
    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a failed login; locks the account after {@link #MAX_FAILED_LOGINS} in a row. */
    public void recordFailedLogin(LocalDateTime now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * A new password: chosen by the person ({@code provisional} false), or given by a coordinator or an administrator
     * (provisional: to be changed at the first sign-in, void after {@link AccountRules#PROVISIONAL_LIFETIME}). Lifts a
     * lock; the change date moves, which ends the account's web sessions.
     */
    public void changePassword(String newHash, LocalDateTime now, boolean provisional) {
        LocalDateTime at = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        passwordHash = newHash;
        passwordChangedAt = at;
        provisionalUntil = provisional ? AccountRules.provisionalUntil(at) : null;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The password was given by someone else and must be changed before anything else. */
    public boolean isProvisional() {
        return provisionalUntil != null;
    }

    /** A provisional password past its date: it no longer opens the account. */
    public boolean isProvisionalExpired(LocalDateTime now) {
        return provisionalUntil != null && !now.isBefore(provisionalUntil);
    }

    public LocalDateTime getPasswordChangedAt() { return passwordChangedAt; }
    public LocalDateTime getProvisionalUntil() { return provisionalUntil; }

    public Long getId() { return id; }
    public String getLogin() { return login; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role getRole() { return role; }
    public Structure getStructure() { return structure; }
    public PartnerOrganisation getPartnerOrganisation() { return partnerOrganisation; }
    public void setPartnerOrganisation(PartnerOrganisation partnerOrganisation) { this.partnerOrganisation = partnerOrganisation; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getFailedLogins() { return failedLogins; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public LocalDateTime getLastLoginAt() { return lastLoginAt; }
    public int getVersion() { return version; }
}
