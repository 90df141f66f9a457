package fr.sillon.ejb.framework;

import fr.sillon.ejb.shared.TenantGuard;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.AccessDeniedException;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.framework.CompetencyKind;
import fr.sillon.domain.framework.Framework;
import fr.sillon.domain.framework.FrameworkDocument;
import fr.sillon.domain.framework.FrameworkExport;
import fr.sillon.domain.framework.FrameworkImport;
import fr.sillon.domain.framework.FrameworkStatus;
import fr.sillon.domain.framework.Scale;
import fr.sillon.domain.framework.ValidationPolicy;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Competency frameworks: browse (shared ones and those of the caller's structure), search, create and edit own
 * drafts, publish, import and export. Shipped frameworks (no structure) are managed by the platform admin;
 * a structure's own frameworks by its coordinators. Another structure's framework is answered as not found
 * (and the attempt audited).
 */
@Stateless
public class FrameworkService {
    public static final int MAX_PAGE = 200;
    public static final int MAX_HITS = 100;
    private static final String TARGET = "Framework";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;

    // ---- reading -----------------------------------------------------------------------------------

    /** Frameworks visible to the caller (shared + own structure's), by code and version, with their criteria count. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public List<FrameworkSummary> list(int first, int max) {
        Caller caller = currentCaller.get();
        return em.createQuery("""
                        select new fr.sillon.ejb.framework.FrameworkSummary(
                               f.id, f.code, f.fwVersion, f.title, f.status, f.structureId, count(c.id))
                        from Framework f left join Competency c on c.framework = f and c.kind = :criterion
                        where f.structureId is null or f.structureId = :structure
                        group by f.id, f.code, f.fwVersion, f.title, f.status, f.structureId
                        order by f.code, f.fwVersion""", FrameworkSummary.class)
                .setParameter("criterion", CompetencyKind.CRITERION)
                .setParameter("structure", structureOrNone(caller))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
    }

    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public long count() {
        Caller caller = currentCaller.get();
        return em.createQuery("select count(f) from Framework f where f.structureId is null or f.structureId = :s",
                        Long.class)
                .setParameter("s", structureOrNone(caller)).getSingleResult();
    }

    /** A framework and its whole tree with counts per node. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public FrameworkTree tree(long frameworkId) {
        Caller caller = currentCaller.get();
        return treeOf(visible(caller, frameworkId, "FRAMEWORK_READ"), caller);
    }

    /** The framework of this code and version visible to the caller (the structure's own one first). */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public FrameworkTree tree(String code, String version) {
        Caller caller = currentCaller.get();
        return treeOf(byCode(caller, code, version), caller);
    }

    /**
     * Competencies whose code or title contains the text, accents and case ignored (utf8mb4_unicode_ci),
     * across the frameworks visible to the caller.
     */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public List<SearchHit> search(String text, int max) {
        Caller caller = currentCaller.get();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return em.createQuery("""
                        select new fr.sillon.ejb.framework.SearchHit(
                               f.id, f.code, f.fwVersion, c.id, c.code, c.kind, c.title)
                        from Competency c join c.framework f
                        where (f.structureId is null or f.structureId = :structure)
                          and (c.title like :p escape '!' or c.code like :p escape '!')
                        order by f.code, f.fwVersion, c.id""", SearchHit.class)
                .setParameter("structure", structureOrNone(caller))
                .setParameter("p", pattern)
                .setMaxResults(Math.min(Math.max(1, max), MAX_HITS))
                .getResultList();
    }

    /** The framework as a CSV or JSON file (the formats the import reads). */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR})
    public ExportFile export(long frameworkId, ExportFormat format) {
        Caller caller = currentCaller.get();
        Framework f = withTree(visible(caller, frameworkId, "FRAMEWORK_EXPORT"));
        FrameworkDocument doc = FrameworkDocument.of(f);
        String base = f.getCode() + "-" + f.getFwVersion();
        return format == ExportFormat.JSON
                ? new ExportFile(base + ".json", "application/json", FrameworkExport.toJson(doc))
                : new ExportFile(base + ".csv", "text/csv; charset=UTF-8", FrameworkExport.toCsv(doc));
    }

    /** The export of the framework of this code and version visible to the caller. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR, PARTICIPANT, REFERENT})
    public byte[] exportJson(String code, String version) {
        Caller caller = currentCaller.get();
        Framework f = em.find(Framework.class, byCode(caller, code, version).getId());
        return FrameworkExport.toJson(FrameworkDocument.of(withTree(f)));
    }

    // ---- writing -----------------------------------------------------------------------------------

    /** A new empty draft: of the caller's structure (coordinator) or shared by all (admin). */
    @RolesAllowed({ADMIN, COORDINATOR})
    public long create(String code, String version, String title, String source) {
        Caller caller = currentCaller.get();
        Framework f = new Framework(code, version, title, source, ownerOf(caller), defaultScale());
        persistNew(caller, f, "FRAMEWORK_CREATE");
        return f.getId();
    }

    /**
     * Imports a CSV or JSON file as a new draft (format from the file name). The whole file is validated first;
     * if anything is wrong nothing is saved and {@link fr.sillon.domain.framework.ImportResult.InvalidImportException}
     * lists every error. Code, version and title given here win over those of a JSON file (a CSV file has none).
     */
    @RolesAllowed({ADMIN, COORDINATOR})
    public long importFile(String fileName, byte[] content, String code, String version, String title) {
        Caller caller = currentCaller.get();
        FrameworkDocument doc = FrameworkImport.parse(fileName, content).orThrow();
        Framework f = new Framework(pick(code, doc.code()), pick(version, doc.version()), pick(title, doc.title()),
                doc.source(), ownerOf(caller), defaultScale());
        f.addTree(doc.roots());
        persistNew(caller, f, "FRAMEWORK_IMPORT");
        return f.getId();
    }

    @RolesAllowed({ADMIN, COORDINATOR})
    public void rename(long frameworkId, String title, String source) {
        owned(frameworkId, "FRAMEWORK_EDIT").rename(title, source);
    }

    @RolesAllowed({ADMIN, COORDINATOR})
    public long addCompetency(long frameworkId, String parentCode, String code, CompetencyKind kind, String title,
                              String description) {
        Framework f = withTree(owned(frameworkId, "FRAMEWORK_EDIT"));
        var c = f.addCompetency(parentCode, code, kind, title, description);
        em.flush();
        return c.getId();
    }

    @RolesAllowed({ADMIN, COORDINATOR})
    public void editCompetency(long frameworkId, String code, String title, String description) {
        withTree(owned(frameworkId, "FRAMEWORK_EDIT")).editCompetency(code, title, description);
    }

    @RolesAllowed({ADMIN, COORDINATOR})
    public void removeCompetency(long frameworkId, String code) {
        withTree(owned(frameworkId, "FRAMEWORK_EDIT")).removeCompetency(code);
    }

    @RolesAllowed({ADMIN, COORDINATOR})
    public void publish(long frameworkId) {
        Caller caller = currentCaller.get();
        Framework f = withTree(owned(frameworkId, "FRAMEWORK_PUBLISH"));
        f.publish(LocalDateTime.now());
        audit.ok(caller, "FRAMEWORK_PUBLISH", TARGET, f.getId(), f.getCode() + " " + f.getFwVersion());
    }

    @RolesAllowed({ADMIN, COORDINATOR})
    public void retire(long frameworkId) {
        Caller caller = currentCaller.get();
        Framework f = owned(frameworkId, "FRAMEWORK_RETIRE");
        f.retire();
        audit.ok(caller, "FRAMEWORK_RETIRE", TARGET, f.getId(), f.getCode() + " " + f.getFwVersion());
    }

    /** A new draft version (same tree) of a visible framework, owned by the caller's structure (or shared, for the admin). */
    @RolesAllowed({ADMIN, COORDINATOR})
    public long newVersion(long frameworkId, String version) {
        Caller caller = currentCaller.get();
        Framework source = withTree(visible(caller, frameworkId, "FRAMEWORK_NEW_VERSION"));
        Framework copy = source.newVersion(version, ownerOf(caller));
        persistNew(caller, copy, "FRAMEWORK_NEW_VERSION");
        return copy.getId();
    }

    /** Deletes a draft (nothing can point at a draft: only published criteria are observed). */
    @RolesAllowed({ADMIN, COORDINATOR})
    public void deleteDraft(long frameworkId) {
        Caller caller = currentCaller.get();
        Framework f = owned(frameworkId, "FRAMEWORK_DELETE");
        if (!f.isDraft()) {
            throw new DomainException("framework.notDraft", f.getCode(), f.getFwVersion());
        }
        em.createQuery("delete from ValidationPolicy p where p.framework = :f").setParameter("f", f).executeUpdate();
        em.createQuery("update Competency c set c.parent = null where c.framework = :f").setParameter("f", f)
                .executeUpdate();
        em.createQuery("delete from Competency c where c.framework = :f").setParameter("f", f).executeUpdate();
        em.createQuery("delete from Framework f where f.id = :id").setParameter("id", f.getId()).executeUpdate();
        audit.ok(caller, "FRAMEWORK_DELETE", TARGET, frameworkId, f.getCode() + " " + f.getFwVersion());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** The structure whose own frameworks the caller sees; -1 (none) for the admin and referents. */
    private static long structureOrNone(Caller caller) {
        return caller.structureId() == null ? -1L : caller.structureId();
    }

    /** Who owns what the caller creates: their structure, or nobody (shared) for the admin. */
    private static Long ownerOf(Caller caller) {
        return caller.is(Role.ADMIN) ? null : caller.structure();
    }

    private Framework visible(Caller caller, long id, String action) {
        Framework f = em.find(Framework.class, id);
        if (f == null || !f.isVisibleTo(caller.structureId())) {
            throw guard.refuse(caller, action, TARGET, id, "référentiel");
        }
        return f;
    }

    /** A framework the caller may change: own structure's (coordinator) or shared (admin). */
    private Framework owned(long id, String action) {
        Caller caller = currentCaller.get();
        Framework f = visible(caller, id, action);
        boolean mine = caller.is(Role.ADMIN) ? f.isShared() : !f.isShared() && f.getStructureId().equals(caller.structureId());
        if (!mine) {
            audit.refused(caller, action, TARGET, id);
            throw new AccessDeniedException();
        }
        return f;
    }

    private Framework byCode(Caller caller, String code, String version) {
        List<Framework> found = em.createQuery("""
                        select f from Framework f where f.code = :c and f.fwVersion = :v
                          and (f.structureId is null or f.structureId = :s)
                        order by f.structureId desc nulls last""", Framework.class)
                .setParameter("c", code).setParameter("v", version).setParameter("s", structureOrNone(caller))
                .setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("référentiel", code + " " + version);
        }
        return found.get(0);
    }

    /** Loads the whole tree of the framework (one query, parents before children). */
    private static Framework withTree(Framework f) {
        f.getCompetencies().size();
        return f;
    }

    private Scale defaultScale() {
        return em.createQuery("select s from Scale s where s.code = :c", Scale.class)
                .setParameter("c", Scale.OBSERVATION).getSingleResult();
    }

    private void persistNew(Caller caller, Framework f, String action) {
        var same = f.isShared()
                ? em.createQuery("select count(x) from Framework x where x.code = :c and x.fwVersion = :v"
                        + " and x.structureId is null", Long.class)
                : em.createQuery("select count(x) from Framework x where x.code = :c and x.fwVersion = :v"
                        + " and x.structureId = :s", Long.class).setParameter("s", f.getStructureId());
        if (same.setParameter("c", f.getCode()).setParameter("v", f.getFwVersion()).getSingleResult() > 0) {
            throw new DomainException("framework.duplicate", f.getCode(), f.getFwVersion());
        }
        em.persist(f);
        em.persist(new ValidationPolicy(f));
        em.flush();
        audit.ok(caller, action, TARGET, f.getId(), f.getCode() + " " + f.getFwVersion() + ", "
                + f.getCompetencies().size() + " élément(s)");
    }

    private static String pick(String given, String fromFile) {
        return given != null && !given.isBlank() ? given : fromFile;
    }

    private FrameworkTree treeOf(Framework f, Caller caller) {
        record Row(Long id, Long parentId, String code, CompetencyKind kind, String title, String description,
                   Integer position) {
        }
        List<Row> rows = em.createQuery("""
                        select c.id, p.id, c.code, c.kind, c.title, c.description, c.position
                        from Competency c left join c.parent p where c.framework = :f""", Object[].class)
                .setParameter("f", f).getResultList().stream()
                .map(o -> new Row((Long) o[0], (Long) o[1], (String) o[2], (CompetencyKind) o[3], (String) o[4],
                        (String) o[5], (Integer) o[6]))
                .toList();
        Map<Long, Long> criteria = criteriaUnder(f.getId());
        Map<Long, List<Row>> children = new HashMap<>();
        for (Row r : rows) {
            children.computeIfAbsent(r.parentId() == null ? 0L : r.parentId(), k -> new ArrayList<>()).add(r);
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(Row::position)));
        List<TreeNode> nodes = new ArrayList<>(rows.size());
        // iterative pre-order walk
        record Todo(Row row, int depth) {
        }
        ArrayList<Todo> stack = new ArrayList<>();
        List<Row> roots = children.getOrDefault(0L, List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(new Todo(roots.get(i), 0));
        }
        while (!stack.isEmpty()) {
            Todo t = stack.remove(stack.size() - 1);
            List<Row> kids = children.getOrDefault(t.row().id(), List.of());
            nodes.add(new TreeNode(t.row().id(), t.row().parentId(), t.depth(), t.row().code(), t.row().kind(),
                    t.row().title(), t.row().description(), t.row().position(), kids.size(),
                    criteria.getOrDefault(t.row().id(), 0L)));
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(new Todo(kids.get(i), t.depth() + 1));
            }
        }
        long criteriaTotal = rows.stream().filter(r -> r.kind() == CompetencyKind.CRITERION).count();
        FrameworkSummary summary = new FrameworkSummary(f.getId(), f.getCode(), f.getFwVersion(), f.getTitle(),
                f.getStatus(), f.getStructureId(), criteriaTotal);
        boolean editable = f.isDraft() && (caller.is(Role.ADMIN) ? f.isShared()
                : caller.is(Role.COORDINATOR) && !f.isShared() && f.getStructureId().equals(caller.structureId()));
        return new FrameworkTree(summary, f.getSource(), f.getScale().getCode(), editable, nodes);
    }

    /** Number of criteria strictly under each node of the framework, in one recursive SQL query. */
    private Map<Long, Long> criteriaUnder(long frameworkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH RECURSIVE under (node_id, descendant_id) AS (
                            SELECT c.parent_id, c.id FROM competency c
                             WHERE c.framework_id = ?1 AND c.parent_id IS NOT NULL
                            UNION ALL
                            SELECT u.node_id, c.id FROM under u JOIN competency c ON c.parent_id = u.descendant_id
                        )
                        SELECT u.node_id, COUNT(*) FROM under u JOIN competency d ON d.id = u.descendant_id
                         WHERE d.kind = 'CRITERION' GROUP BY u.node_id""")
                .setParameter(1, frameworkId).getResultList();
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return out;
    }

    /** For other contexts: whether a competency is a criterion of a published framework visible to the caller. */
    @RolesAllowed({ADMIN, COORDINATOR, SUPERVISOR})
    public boolean isObservableCriterion(long competencyId) {
        Caller caller = currentCaller.get();
        return !em.createQuery("""
                        select c.id from Competency c join c.framework f
                        where c.id = :id and c.kind = :k and f.status = :published
                          and (f.structureId is null or f.structureId = :s)""", Long.class)
                .setParameter("id", competencyId).setParameter("k", CompetencyKind.CRITERION)
                .setParameter("published", FrameworkStatus.PUBLISHED).setParameter("s", structureOrNone(caller))
                .getResultList().isEmpty();
    }
}
