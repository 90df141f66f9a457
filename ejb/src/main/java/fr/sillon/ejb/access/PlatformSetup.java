package fr.sillon.ejb.access;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.AccountRules;
import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * First start for real: while the database holds no enabled platform administrator, exactly one person may create
 * one, with the one-time set-up token printed in the server log (address {@code /sillon/setup.xhtml?token=…}), or
 * unattended from {@code SILLON_ADMIN_LOGIN} / {@code SILLON_ADMIN_PASSWORD} at start-up. The token lives in memory
 * only (a restart prints a new one) and is void once an administrator exists. Every creation is audited.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoDataLoader"})
@PermitAll // on purpose: before the first administrator exists nobody can be authenticated
public class PlatformSetup {
    public static final String ENV_ADMIN_LOGIN = "SILLON_ADMIN_LOGIN";
    public static final String ENV_ADMIN_PASSWORD = "SILLON_ADMIN_PASSWORD";
    static final String AUDIT_ACTION = "PLATFORM_ADMIN_CREATE";
    private static final Logger LOG = Logger.getLogger(PlatformSetup.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditService audit;

    private String token;

    @PostConstruct
    void start() {
        if (adminExists()) {
            return;
        }
        String login = setting("sillon.admin.login", ENV_ADMIN_LOGIN);
        String password = setting("sillon.admin.password", ENV_ADMIN_PASSWORD);
        if (login != null && password != null) {
            try {
                create(login, "Administrateur Sillon", password, "variables d'environnement " + ENV_ADMIN_LOGIN);
                LOG.info(() -> "Administrateur de la plateforme « " + login.trim() + " » créé depuis " + ENV_ADMIN_LOGIN
                        + " / " + ENV_ADMIN_PASSWORD + ".");
                return;
            } catch (DomainException e) {
                LOG.severe(() -> ENV_ADMIN_LOGIN + " / " + ENV_ADMIN_PASSWORD + " refusés : " + e.getMessage()
                        + " — utilisez l'adresse de configuration ci-dessous.");
            }
        }
        openSetup();
    }

    /** True once an enabled platform administrator exists (the web gate caches a true answer). */
    @Lock(LockType.READ)
    public boolean isConfigured() {
        return adminExists();
    }

    /**
     * While no administrator exists, makes sure a set-up token exists and prints the set-up address in the server log
     * (a new token when none is open). Does nothing once configured.
     */
    @Lock(LockType.WRITE)
    public void openSetup() {
        if (adminExists()) {
            token = null;
            return;
        }
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        String address = baseUrl() + "/sillon/setup.xhtml?token=" + token;
        LOG.warning(() -> """

                ==========================================================================
                 Sillon n'est pas encore configuré : aucun administrateur de la plateforme.
                 Créez-le (une seule fois) à cette adresse :
                   %s
                 (ou démarrez avec %s et %s)
                ==========================================================================""".formatted(
                address, ENV_ADMIN_LOGIN, ENV_ADMIN_PASSWORD));
    }

    /** True when the token is the open set-up token (and no administrator exists yet). */
    @Lock(LockType.READ)
    public boolean acceptsToken(String candidate) {
        return token != null && candidate != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8))
                && !adminExists();
    }

    /**
     * Creates the platform administrator with the set-up token. Refused once an administrator exists, with a wrong
     * or void token, or a password shorter than 12 characters or not confirmed. The token is void afterwards.
     */
    @Lock(LockType.WRITE)
    public long createFirstAdmin(String setupToken, String login, String displayName, String password,
                                 String confirmation) {
        if (adminExists()) {
            token = null;
            refuse(login, "administrateur déjà existant");
            throw new DomainException("access.setup.done");
        }
        if (!acceptsToken(setupToken)) {
            refuse(login, "jeton de configuration erroné");
            throw new DomainException("access.setup.badToken");
        }
        AccountRules.chosenPassword(password, confirmation);
        long id = create(login, displayName, password, "assistant de première installation");
        token = null;
        return id;
    }

    private long create(String rawLogin, String rawName, String password, String how) {
        String login = AccountRules.login(rawLogin);
        String name = AccountRules.displayName(rawName);
        AccountRules.chosenPassword(password, password);
        Long taken = em.createQuery("select count(u) from UserAccount u where u.login = :l", Long.class)
                .setParameter("l", login).getSingleResult();
        if (taken > 0) {
            throw new DomainException("access.account.loginTaken", login);
        }
        UserAccount admin = new UserAccount(login, hasher.hash(password), name, Role.ADMIN, null);
        em.persist(admin);
        em.flush();
        audit.record(login, null, AUDIT_ACTION, "UserAccount", admin.getId(), AuditEntry.Outcome.OK, how);
        return admin.getId();
    }

    private void refuse(String login, String why) {
        audit.record(login, null, AUDIT_ACTION, "UserAccount", null, AuditEntry.Outcome.REFUSED, why);
    }

    private boolean adminExists() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :r and u.enabled = true", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult() > 0;
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property, System.getenv(env));
        return v == null || v.isBlank() ? null : v;
    }

    private static String baseUrl() {
        String base = System.getProperty("sillon.public.url", System.getenv("SILLON_PUBLIC_URL"));
        if (base == null || base.isBlank()) {
            base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
