package fr.sillon.ejb.activity;

import static fr.sillon.ejb.shared.Roles.*;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.activity.TaskType;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.activity.ActivityViews.*;
import fr.sillon.ejb.shared.Persist;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The task catalogue of the activity context: the shipped task types, a structure's own ones and the criteria each
 * lets a supervisor observe. A structure sees the shipped catalogue and its own types, and changes only its own.
 */
@Stateless
@SuppressWarnings("unchecked")
public class TaskCatalogueService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;

    /** Shipped catalogue plus the structure's own task types, with the number of criteria of each. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TaskTypeView> taskTypes(String search, boolean activeOnly, int first, int max) {
        Caller c = currentCaller.get();
        return em.createQuery("""
                select new fr.sillon.ejb.activity.ActivityViews$TaskTypeView(t.id, t.name, t.description, t.siteKind,
                       t.season, case when t.structureId is null then true else false end, t.active,
                       (select count(k) from TaskType t2 join t2.criterionIds k where t2 = t))
                from TaskType t
                where (t.structureId is null or t.structureId = :s) and (t.active = true or :all = true)
                  and lower(t.name) like :q
                order by t.name""", TaskTypeView.class)
                .setParameter("s", c.structure()).setParameter("all", !activeOnly)
                .setParameter("q", "%" + (search == null ? "" : search.strip().toLowerCase()) + "%")
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 200)).getResultList();
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public TaskTypeDetail taskType(long id) {
        Caller c = currentCaller.get();
        TaskType t = visible(guard, c, id);
        return new TaskTypeDetail(t.getId(), t.getName(), t.getDescription(), t.getSiteKind(), t.getSeason(),
                t.isShipped(), t.isActive(), t.getVersion(), criteria(t.getCriterionIds()));
    }

    /** Criteria of the frameworks a structure can use (shipped or its own, published), searched by code or title. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<CriterionOption> searchCriteria(String search, int max) {
        Caller c = currentCaller.get();
        String like = "%" + (search == null ? "" : search.strip()) + "%";
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, f.code, c.code, c.title from competency c join framework f on f.id = c.framework_id
                where c.kind = 'CRITERION' and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)
                  and (c.title like :q or concat(f.code, ' ', c.code) like :q)
                order by f.code, c.framework_id, c.code""")
                .setParameter("s", c.structure()).setParameter("q", like)
                .setMaxResults(Math.min(Math.max(max, 1), 100)).getResultList();
        return rows.stream().map(TaskCatalogueService::criterionOption).toList();
    }

    @RolesAllowed(COORDINATOR)
    public long saveTaskType(TaskTypeForm form) {
        Caller c = currentCaller.get();
        Set<Long> criteria = new LinkedHashSet<>(form.criterionIds() == null ? List.of() : form.criterionIds());
        if (criteria(criteria).size() != criteria.size()) {
            throw new DomainException("activity.taskType.unknownCriterion");
        }
        TaskType t;
        if (form.id() == null) {
            t = new TaskType(c.structure(), form.name().strip(), form.siteKind(), form.season());
        } else {
            t = visible(guard, c, form.id());
            t.checkEditableBy(c.structure());
            Persist.sameVersion(t.getVersion(), form.version());
            t.setName(form.name().strip());
            t.setSiteKind(form.siteKind());
            t.setSeason(form.season());
        }
        t.setDescription(blankToNull(form.description()));
        t.setActive(form.active());
        t.replaceCriteria(criteria);
        if (t.getId() == null) {
            em.persist(t);
        }
        em.flush();
        audit.ok(c, form.id() == null ? "TASK_TYPE_CREATE" : "TASK_TYPE_UPDATE", "TaskType", t.getId(),
                t.getName() + " : " + criteria.size() + " critère(s)");
        return t.getId();
    }

    /** Copies a shipped (or own) task type into the structure's catalogue, to adapt it. */
    @RolesAllowed(COORDINATOR)
    public long copyTaskType(long id) {
        Caller c = currentCaller.get();
        TaskType source = visible(guard, c, id);
        TaskType copy = new TaskType(c.structure(), truncate(source.getName() + " (copie)", 150), source.getSiteKind(),
                source.getSeason());
        copy.setDescription(source.getDescription());
        copy.replaceCriteria(source.getCriterionIds());
        em.persist(copy);
        em.flush();
        audit.ok(c, "TASK_TYPE_COPY", "TaskType", copy.getId(), "copie de " + source.getId());
        return copy.getId();
    }

    /** A task type the caller's structure may use: shipped, or its own; otherwise refused (audited) as not found. */
    static TaskType visible(TenantGuard guard, Caller c, long id) {
        return guard.owned(c, TaskType.class, id, t -> t.isShipped() ? c.structure() : t.getStructureId(),
                "TASK_TYPE_READ");
    }

    private List<CriterionOption> criteria(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, f.code, c.code, c.title from competency c join framework f on f.id = c.framework_id
                where c.kind = 'CRITERION' and c.id in (:ids) order by f.code, c.code""")
                .setParameter("ids", ids).getResultList();
        return new ArrayList<>(rows.stream().map(TaskCatalogueService::criterionOption).toList());
    }

    private static CriterionOption criterionOption(Object[] r) {
        return new CriterionOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
