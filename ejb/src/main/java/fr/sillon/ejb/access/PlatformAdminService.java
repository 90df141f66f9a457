package fr.sillon.ejb.access;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.AccountRules;
import fr.sillon.domain.access.PartnerDraft;
import fr.sillon.domain.access.PartnerKind;
import fr.sillon.domain.access.PartnerOrganisation;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.StructureDraft;
import fr.sillon.domain.access.StructureKind;
import fr.sillon.domain.access.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Platform administration (the operator, role ADMIN): structures (tenants) — create, edit, close / reopen —, partner
 * organisations, and the accounts of coordinators (of a structure) and referents (of a partner organisation), created
 * with a generated provisional password shown once, disabled and enabled. Lists are paged. Every change is audited.
 */
@Stateless
public class PlatformAdminService {
    static final String ADMIN = "ADMIN";
    public static final int MAX_PAGE = 100;

    public record Page<T>(List<T> rows, long total) implements Serializable {
    }

    public record StructureRow(long id, String code, String name, String siret, String kind, String city,
                               boolean active, long accounts) implements Serializable {
    }

    /** A structure to edit: its draft and the version the edit is based on. */
    public record StructureDetail(long id, String code, StructureDraft draft, boolean active, int version)
            implements Serializable {
    }

    public record PartnerRow(long id, String name, PartnerKind kind, String city, boolean active, long referents,
                             int version) implements Serializable {
    }

    /** One option of a choice list (structure or partner organisation). */
    public record Choice(long id, String label) implements Serializable {
    }

    public record StaffRow(long id, String login, String displayName, String email, Role role, String organisation,
                           boolean enabled, boolean locked, LocalDateTime lastLoginAt) implements Serializable {
    }

    /** A coordinator (structureId) or a referent (partnerOrganisationId) to create. */
    public record NewStaffAccount(String login, String displayName, String email, Role role, Long structureId,
                                  Long partnerOrganisationId) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    PasswordHasher hasher;

    // ---------------------------------------------------------------- structures

    @RolesAllowed(ADMIN)
    public Page<StructureRow> structures(int first, int max) {
        List<Object[]> found = em.createQuery("""
                        select s.id, s.code, s.name, s.siret, s.kind, s.city, s.active,
                               (select count(u) from UserAccount u where u.structure = s)
                        from Structure s order by s.active desc, s.name, s.id""", Object[].class)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(max)).getResultList();
        List<StructureRow> rows = found.stream().map(r -> new StructureRow((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (Boolean) r[6], (Long) r[7])).toList();
        long total = em.createQuery("select count(s) from Structure s", Long.class).getSingleResult();
        return new Page<>(rows, total);
    }

    @RolesAllowed(ADMIN)
    public StructureDetail structure(long id) {
        Structure s = structureOf(id, "STRUCTURE_READ");
        StructureKind kind;
        try {
            kind = StructureKind.valueOf(s.getKind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        return new StructureDetail(s.getId(), s.getCode(), new StructureDraft(s.getName(), s.getSiret(), kind,
                s.getAddress(), s.getCity(), s.getAnnexeFinanciere(), s.getAgreedCapacityEtp()), s.isActive(), s.getVersion());
    }

    @RolesAllowed(ADMIN)
    public long createStructure(StructureDraft draft) {
        Caller caller = currentCaller.get();
        StructureDraft d = draft == null ? new StructureDraft(null, null, null, null, null, null, null).validated()
                : draft.validated();
        siretFree(d.siret(), null);
        Structure s = new Structure(freeCode(d.name()), d.name());
        s.apply(d);
        em.persist(s);
        em.flush();
        audit.ok(caller, "STRUCTURE_CREATE", "Structure", s.getId(), describe(d));
        return s.getId();
    }

    @RolesAllowed(ADMIN)
    public void updateStructure(long id, int version, StructureDraft draft) {
        Caller caller = currentCaller.get();
        Structure s = structureOf(id, "STRUCTURE_UPDATE");
        if (s.getVersion() != version) {
            throw new OptimisticLockException();
        }
        StructureDraft d = draft == null ? new StructureDraft(null, null, null, null, null, null, null).validated()
                : draft.validated();
        siretFree(d.siret(), id);
        s.apply(d);
        em.flush();
        audit.ok(caller, "STRUCTURE_UPDATE", "Structure", id, describe(d));
    }

    /** Closes a structure (all its accounts are disabled) or reopens it (accounts are then re-enabled one by one). */
    @RolesAllowed(ADMIN)
    public int setStructureClosed(long id, boolean closed) {
        Caller caller = currentCaller.get();
        String action = closed ? "STRUCTURE_CLOSE" : "STRUCTURE_REOPEN";
        Structure s = structureOf(id, action);
        s.setClosed(closed, LocalDateTime.now());
        int disabled = 0;
        if (closed) {
            disabled = em.createQuery("update UserAccount u set u.enabled = false, u.version = u.version + 1"
                    + " where u.structure.id = :s and u.enabled = true").setParameter("s", id).executeUpdate();
        }
        audit.ok(caller, action, "Structure", id, s.getName() + (closed ? " (" + disabled + " compte(s) désactivé(s))" : ""));
        return disabled;
    }

    // ---------------------------------------------------------------- partner organisations

    @RolesAllowed(ADMIN)
    public Page<PartnerRow> partners(int first, int max) {
        List<Object[]> rows = em.createQuery("""
                        select p, (select count(u) from UserAccount u where u.partnerOrganisation = p)
                        from PartnerOrganisation p order by p.active desc, p.name, p.id""", Object[].class)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(max)).getResultList();
        long total = em.createQuery("select count(p) from PartnerOrganisation p", Long.class).getSingleResult();
        return new Page<>(rows.stream().map(r -> {
            PartnerOrganisation p = (PartnerOrganisation) r[0];
            return new PartnerRow(p.getId(), p.getName(), kindOf(p.getKind()), p.getCity(), p.isActive(), (Long) r[1],
                    p.getVersion());
        }).toList(), total);
    }

    @RolesAllowed(ADMIN)
    public long createPartner(PartnerDraft draft) {
        Caller caller = currentCaller.get();
        PartnerDraft d = (draft == null ? new PartnerDraft(null, null, null) : draft).validated();
        partnerNameFree(d.name(), null);
        PartnerOrganisation p = new PartnerOrganisation(d.name(), d.kind().name(), null);
        p.apply(d);
        em.persist(p);
        em.flush();
        audit.ok(caller, "PARTNER_CREATE", "PartnerOrganisation", p.getId(), d.kind() + " " + d.name());
        return p.getId();
    }

    @RolesAllowed(ADMIN)
    public void updatePartner(long id, int version, PartnerDraft draft) {
        Caller caller = currentCaller.get();
        PartnerOrganisation p = partnerOf(id, "PARTNER_UPDATE");
        if (p.getVersion() != version) {
            throw new OptimisticLockException();
        }
        PartnerDraft d = (draft == null ? new PartnerDraft(null, null, null) : draft).validated();
        partnerNameFree(d.name(), id);
        p.apply(d);
        em.flush();
        audit.ok(caller, "PARTNER_UPDATE", "PartnerOrganisation", id, d.kind() + " " + d.name());
    }

    /** Deactivates a partner organisation (its referents are disabled) or reactivates it. */
    @RolesAllowed(ADMIN)
    public int setPartnerActive(long id, boolean active) {
        Caller caller = currentCaller.get();
        String action = active ? "PARTNER_ENABLE" : "PARTNER_DISABLE";
        PartnerOrganisation p = partnerOf(id, action);
        p.setActive(active);
        int disabled = 0;
        if (!active) {
            disabled = em.createQuery("update UserAccount u set u.enabled = false, u.version = u.version + 1"
                    + " where u.partnerOrganisation.id = :p and u.enabled = true").setParameter("p", id).executeUpdate();
        }
        audit.ok(caller, action, "PartnerOrganisation", id, p.getName());
        return disabled;
    }

    /** The open structures, for the choice of a coordinator's structure. */
    @RolesAllowed(ADMIN)
    public List<Choice> structureChoices() {
        return choices(em.createQuery("select s.id, s.name from Structure s where s.active = true order by s.name",
                Object[].class).getResultList());
    }

    /** The active partner organisations, for the choice of a referent's organisation. */
    @RolesAllowed(ADMIN)
    public List<Choice> partnerChoices() {
        return choices(em.createQuery("select p.id, p.name from PartnerOrganisation p where p.active = true order by p.name",
                Object[].class).getResultList());
    }

    // ---------------------------------------------------------------- accounts of coordinators and referents

    @RolesAllowed(ADMIN)
    public Page<StaffRow> staffAccounts(int first, int max) {
        LocalDateTime now = LocalDateTime.now();
        List<UserAccount> rows = em.createQuery("""
                        select u from UserAccount u left join fetch u.structure left join fetch u.partnerOrganisation
                        where u.role in :roles order by u.role, u.login""", UserAccount.class)
                .setParameter("roles", List.of(Role.COORDINATOR, Role.REFERENT))
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(max)).getResultList();
        long total = em.createQuery("select count(u) from UserAccount u where u.role in :roles", Long.class)
                .setParameter("roles", List.of(Role.COORDINATOR, Role.REFERENT)).getSingleResult();
        return new Page<>(rows.stream().map(u -> new StaffRow(u.getId(), u.getLogin(), u.getDisplayName(), u.getEmail(),
                u.getRole(), u.getStructure() != null ? u.getStructure().getName()
                        : u.getPartnerOrganisation() != null ? u.getPartnerOrganisation().getName() : null,
                u.isEnabled(), u.isLocked(now), u.getLastLoginAt())).toList(), total);
    }

    /** Creates a coordinator of an open structure or a referent of an active partner; returns the password, once. */
    @RolesAllowed(ADMIN)
    public AccountAdminService.IssuedPassword createAccount(NewStaffAccount data) {
        Caller caller = currentCaller.get();
        if (data == null) {
            throw new DomainException("access.account.loginInvalid");
        }
        String login = AccountRules.login(data.login());
        String name = AccountRules.displayName(data.displayName());
        Structure structure = null;
        PartnerOrganisation partner = null;
        if (data.role() == Role.COORDINATOR) {
            if (data.structureId() == null) {
                throw new DomainException("access.platform.structureRequired");
            }
            structure = structureOf(data.structureId(), "ACCOUNT_CREATE");
            if (!structure.isActive()) {
                throw new DomainException("access.structure.closed", structure.getName());
            }
        } else if (data.role() == Role.REFERENT) {
            if (data.partnerOrganisationId() == null) {
                throw new DomainException("access.platform.partnerRequired");
            }
            partner = partnerOf(data.partnerOrganisationId(), "ACCOUNT_CREATE");
        } else {
            throw new DomainException("access.platform.roleNotAllowed");
        }
        Long taken = em.createQuery("select count(u) from UserAccount u where u.login = :l", Long.class)
                .setParameter("l", login).getSingleResult();
        if (taken > 0) {
            throw new DomainException("access.account.loginTaken", login);
        }
        String password = AccountAdminService.generatePassword();
        String hash = hasher.hash(password);
        UserAccount u = new UserAccount(login, hash, name, data.role(), structure);
        u.changePassword(hash, java.time.LocalDateTime.now(), true); // provisional: changed at the first sign-in
        u.setPartnerOrganisation(partner);
        u.setEmail(data.email() == null || data.email().isBlank() ? null : data.email().trim());
        em.persist(u);
        em.flush();
        audit.ok(caller, "ACCOUNT_CREATE", "UserAccount", u.getId(), login + " (" + data.role() + ", "
                + (structure != null ? structure.getName() : partner.getName()) + ")");
        return new AccountAdminService.IssuedPassword(u.getId(), login, password);
    }

    /** Disables or re-enables a coordinator's or referent's account (not in a closed structure). */
    @RolesAllowed(ADMIN)
    public void setAccountEnabled(long accountId, boolean enabled) {
        Caller caller = currentCaller.get();
        String action = enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE";
        UserAccount u = staffOf(accountId, action);
        if (enabled && u.getStructure() != null && !u.getStructure().isActive()) {
            throw new DomainException("access.structure.closed", u.getStructure().getName());
        }
        u.setEnabled(enabled);
        audit.ok(caller, action, "UserAccount", accountId, u.getLogin());
    }

    /** A new generated password for a coordinator's or referent's account (lifts a lock); returned once. */
    @RolesAllowed(ADMIN)
    public AccountAdminService.IssuedPassword resetPassword(long accountId) {
        Caller caller = currentCaller.get();
        UserAccount u = staffOf(accountId, "ACCOUNT_RESET_PASSWORD");
        String password = AccountAdminService.generatePassword();
        u.changePassword(hasher.hash(password), java.time.LocalDateTime.now(), true); // provisional, lifts a lock
        em.createNativeQuery("update api_token set revoked_at = ?1 where user_account_id = ?2 and revoked_at is null")
                .setParameter(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now())).setParameter(2, accountId)
                .executeUpdate(); // its devices sign in again, with a password of its own
        audit.ok(caller, "ACCOUNT_RESET_PASSWORD", "UserAccount", accountId, u.getLogin());
        return new AccountAdminService.IssuedPassword(u.getId(), u.getLogin(), password);
    }

    // ---------------------------------------------------------------- helpers

    private Structure structureOf(long id, String action) {
        Structure s = em.find(Structure.class, id);
        if (s == null) {
            audit.refused(currentCaller.get(), action, "Structure", id);
            throw new NotFoundException("Structure", id);
        }
        return s;
    }

    private PartnerOrganisation partnerOf(long id, String action) {
        PartnerOrganisation p = em.find(PartnerOrganisation.class, id);
        if (p == null) {
            audit.refused(currentCaller.get(), action, "PartnerOrganisation", id);
            throw new NotFoundException("PartnerOrganisation", id);
        }
        return p;
    }

    private UserAccount staffOf(long id, String action) {
        UserAccount u = em.find(UserAccount.class, id);
        if (u == null || (u.getRole() != Role.COORDINATOR && u.getRole() != Role.REFERENT)) {
            audit.refused(currentCaller.get(), action, "UserAccount", id);
            throw new NotFoundException("UserAccount", id);
        }
        return u;
    }

    private void siretFree(String siret, Long except) {
        Long other = em.createQuery("select count(s) from Structure s where s.siret = :siret and (:id is null or s.id <> :id)",
                Long.class).setParameter("siret", siret).setParameter("id", except).getSingleResult();
        if (other > 0) {
            throw new DomainException("access.siret.taken", siret);
        }
    }

    private void partnerNameFree(String name, Long except) {
        Long other = em.createQuery("select count(p) from PartnerOrganisation p where p.name = :n and (:id is null or p.id <> :id)",
                Long.class).setParameter("n", name).setParameter("id", except).getSingleResult();
        if (other > 0) {
            throw new DomainException("access.partner.nameTaken", name);
        }
    }

    /** A code derived from the name (ASCII capitals and dashes), made unique with a number. */
    private String freeCode(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "STRUCTURE";
        }
        base = base.length() > 32 ? base.substring(0, 32).replaceAll("-+$", "") : base;
        String code = base;
        for (int n = 2; em.createQuery("select count(s) from Structure s where s.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0; n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static String describe(StructureDraft d) {
        BigDecimal etp = d.agreedCapacityEtp();
        return d.name() + " · " + d.kind() + " · SIRET " + d.siret() + (etp == null ? "" : " · " + etp.toPlainString() + " ETP");
    }

    private static PartnerKind kindOf(String code) {
        try {
            return PartnerKind.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            return PartnerKind.OTHER;
        }
    }

    private static List<Choice> choices(List<Object[]> rows) {
        return rows.stream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    private static int pageSize(int max) {
        return max <= 0 ? 20 : Math.min(max, MAX_PAGE);
    }
}
