package fr.sillon.ejb.activity;

import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.ejb.shared.Persist;
import fr.sillon.ejb.shared.TenantGuard;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwaySummaries;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.activity.Site;
import fr.sillon.domain.activity.TaskRecord;
import fr.sillon.domain.activity.TaskType;
import fr.sillon.domain.activity.Team;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.activity.ActivityViews.*;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Activity context: sites, teams and the day's work (the task catalogue is {@link TaskCatalogueService}). Every query is scoped to the caller's
 * structure; a record of another structure is answered as not found, and the attempt is audited.
 */
@Stateless
@SuppressWarnings("unchecked")
public class ActivityService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;
    @Inject
    PathwayQueries pathways;
    @Inject
    PathwaySummaries summaries;

    // ---------------------------------------------------------------- sites

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<SiteView> sites(boolean activeOnly) {
        Caller c = currentCaller.get();
        return em.createQuery("""
                select new fr.sillon.ejb.activity.ActivityViews$SiteView(s.id, s.name, s.kind, s.address, s.active, s.version)
                from Site s where s.structureId = :s and (s.active = true or :all = true) order by s.name""", SiteView.class)
                .setParameter("s", c.structure()).setParameter("all", !activeOnly)
                .setMaxResults(500).getResultList();
    }

    @RolesAllowed(COORDINATOR)
    public long saveSite(SiteForm form) {
        Caller c = currentCaller.get();
        Site site;
        if (form.id() == null) {
            site = new Site(c.structure(), form.name().strip(), form.kind());
        } else {
            site = guard.owned(c, Site.class, form.id(), Site::getStructureId, "SITE_UPDATE");
            Persist.sameVersion(site.getVersion(), form.version());
            site.setName(form.name().strip());
            site.setKind(form.kind());
        }
        long duplicates = em.createQuery("select count(s) from Site s where s.structureId = :s and s.name = :n and s.id <> :id",
                        Long.class).setParameter("s", c.structure()).setParameter("n", form.name().strip())
                .setParameter("id", form.id() == null ? -1L : form.id()).getSingleResult();
        if (duplicates > 0) {
            throw new DomainException("activity.site.duplicate");
        }
        site.setAddress(blankToNull(form.address()));
        site.setActive(form.active());
        if (site.getId() == null) {
            em.persist(site);
        }
        em.flush();
        audit.ok(c, form.id() == null ? "SITE_CREATE" : "SITE_UPDATE", "Site", site.getId(), site.getName());
        return site.getId();
    }

    // ---------------------------------------------------------------- teams

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TeamView> teams() {
        Caller c = currentCaller.get();
        return em.createQuery("""
                select new fr.sillon.ejb.activity.ActivityViews$TeamView(t.id, t.name, t.supervisorId, u.displayName,
                       (select count(m) from Team t2 join t2.memberIds m where t2 = t), t.active, t.version)
                from Team t, UserAccount u where u.id = t.supervisorId and t.structureId = :s order by t.name""", TeamView.class)
                .setParameter("s", c.structure()).setMaxResults(500).getResultList();
    }

    /** The members of a team, to pre-fill the participants of a task record. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<PersonOption> teamMembers(long teamId) {
        Caller c = currentCaller.get();
        Team team = guard.owned(c, Team.class, teamId, Team::getStructureId, "TEAM_READ");
        return participantsById(c, team.getMemberIds());
    }

    @RolesAllowed(COORDINATOR)
    public long saveTeam(TeamForm form) {
        Caller c = currentCaller.get();
        checkStaffAccount(c, form.supervisorId());
        checkParticipants(c, form.memberIds());
        Team team;
        if (form.id() == null) {
            team = new Team(c.structure(), form.name().strip(), form.supervisorId());
        } else {
            team = guard.owned(c, Team.class, form.id(), Team::getStructureId, "TEAM_UPDATE");
            Persist.sameVersion(team.getVersion(), form.version());
            team.setName(form.name().strip());
            team.setSupervisorId(form.supervisorId());
        }
        long duplicates = em.createQuery("select count(t) from Team t where t.structureId = :s and t.name = :n and t.id <> :id",
                        Long.class).setParameter("s", c.structure()).setParameter("n", form.name().strip())
                .setParameter("id", form.id() == null ? -1L : form.id()).getSingleResult();
        if (duplicates > 0) {
            throw new DomainException("activity.team.duplicate");
        }
        team.setActive(form.active());
        team.replaceMembers(form.memberIds() == null ? List.of() : form.memberIds());
        if (team.getId() == null) {
            em.persist(team);
        }
        em.flush();
        audit.ok(c, form.id() == null ? "TEAM_CREATE" : "TEAM_UPDATE", "Team", team.getId(),
                team.getName() + " : " + team.getMemberIds().size() + " membre(s)");
        return team.getId();
    }

    /** Participants of the caller's structure (not anonymised), for pickers; {@code search} on the name. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<PersonOption> participants(String search, int max) {
        Caller c = currentCaller.get();
        return summaries.participantNames(c.structure(), search, Math.min(Math.max(max, 1), 500)).stream()
                .map(p -> new PersonOption(p.id(), p.fullName())).toList();
    }

    /** Supervisors and coordinators of the caller's structure (team leaders). */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<PersonOption> supervisors() {
        Caller c = currentCaller.get();
        return em.createQuery("""
                select new fr.sillon.ejb.activity.ActivityViews$PersonOption(u.id, u.displayName) from UserAccount u
                where u.structure.id = :s and u.enabled = true
                  and u.role in (fr.sillon.domain.access.Role.SUPERVISOR, fr.sillon.domain.access.Role.COORDINATOR)
                order by u.displayName""", PersonOption.class).setParameter("s", c.structure())
                .setMaxResults(200).getResultList();
    }

    // ---------------------------------------------------------------- the day's work

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public long recordTask(TaskRecordForm form) {
        Caller c = currentCaller.get();
        TaskRecord r = newTask(c, form, null);
        em.persist(r);
        em.flush();
        auditTask(c, r);
        return r.getId();
    }

    /**
     * Records a task made on a field device under the UUID the device gave it (issue 11). Idempotent: a UUID already
     * recorded in the structure answers that record ({@code created} false) and records nothing, so a device that
     * lost the answer can send again. Same rules as {@link #recordTask}.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public DeviceTaskSaved recordFieldTask(UUID uuid, TaskRecordForm form) {
        Caller c = currentCaller.get();
        if (uuid == null) {
            throw new DomainException("field.uuidInvalid", "");
        }
        List<Long> known = em.createQuery(
                        "select r.id from TaskRecord r where r.structureId = :s and r.clientUuid = :u", Long.class)
                .setParameter("s", c.structure()).setParameter("u", uuid.toString()).getResultList();
        if (!known.isEmpty()) {
            return new DeviceTaskSaved(known.get(0), false);
        }
        TaskRecord r = newTask(c, form, uuid);
        Persist.unique(em, r, "field.task.sentTwiceAtOnce");
        auditTask(c, r);
        return new DeviceTaskSaved(r.getId(), true);
    }

    private TaskRecord newTask(Caller c, TaskRecordForm form, UUID clientUuid) {
        Site site = guard.owned(c, Site.class, form.siteId(), Site::getStructureId, "TASK_RECORD_CREATE");
        TaskType type = TaskCatalogueService.visible(guard, c, form.taskTypeId());
        if (form.teamId() != null) {
            guard.owned(c, Team.class, form.teamId(), Team::getStructureId, "TASK_RECORD_CREATE");
        }
        Set<Long> participants = new LinkedHashSet<>(form.participantIds() == null ? List.of() : form.participantIds());
        checkParticipants(c, participants);
        // issue 13 point 13: a task presence falls within a running, not suspended, contract of each participant
        var workingDays = pathways.workingDays(c.structure(), participants);
        if (form.performedOn() != null) {
            participants.forEach(p -> workingDays.require("presence", p, form.performedOn()));
        }
        LocalDateTime now = LocalDateTime.now();
        TaskRecord r = new TaskRecord(c.structure(), form.performedOn(), now.toLocalDate(), site, type,
                form.durationMinutes(), c.userId(), participants, now);
        r.setTeamId(form.teamId());
        r.setNote(blankToNull(form.note()));
        r.setClientUuid(clientUuid);
        return r;
    }

    private void auditTask(Caller c, TaskRecord r) {
        audit.ok(c, "TASK_RECORD_CREATE", "TaskRecord", r.getId(), r.getTaskType().getName() + " le "
                + r.getPerformedOn() + ", " + r.getParticipantIds().size() + " participant(s)"
                + (r.getClientUuid() == null ? "" : " (appareil " + r.getClientUuid() + ")"));
    }

    /** Task records of the structure between two days (most recent first), with head counts and observation counts. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TaskRecordRow> taskRecords(LocalDate from, LocalDate to, boolean mineOnly, int first, int max) {
        Caller c = currentCaller.get();
        return em.createQuery("""
                select new fr.sillon.ejb.activity.ActivityViews$TaskRecordRow(r.id, r.performedOn, s.name, t.name,
                       u.displayName, r.durationMinutes,
                       (select count(p) from TaskRecord r2 join r2.participantIds p where r2 = r),
                       (select count(o) from Observation o where o.taskRecordId = r.id))
                from TaskRecord r join r.site s join r.taskType t, UserAccount u
                where u.id = r.supervisorId and r.structureId = :s and r.performedOn between :from and :to
                  and (:mine = false or r.supervisorId = :me)
                order by r.performedOn desc, r.id desc""", TaskRecordRow.class)
                .setParameter("s", c.structure()).setParameter("from", from).setParameter("to", to)
                .setParameter("mine", mineOnly).setParameter("me", c.userId())
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 200)).getResultList();
    }

    // ---------------------------------------------------------------- helpers


    private void checkParticipants(Caller c, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Long> distinct = new HashSet<>(ids);
        if (summaries.ownParticipants(c.structure(), distinct).size() != distinct.size()) {
            Set<Long> owners = summaries.structuresOfParticipants(distinct);
            owners.remove(c.structure());
            if (owners.isEmpty()) {
                audit.refused(c, "PARTICIPANT_USE", "Participant", distinct.toString());
            }
            owners.forEach(s -> audit.refusedOn(c, "PARTICIPANT_USE", "Participant", distinct.toString(), s));
            throw new DomainException("activity.team.foreignParticipant");
        }
    }

    private void checkStaffAccount(Caller c, long userId) {
        long found = em.createQuery("""
                select count(u) from UserAccount u where u.id = :id and u.structure.id = :s
                  and u.role in (fr.sillon.domain.access.Role.SUPERVISOR, fr.sillon.domain.access.Role.COORDINATOR)""", Long.class)
                .setParameter("id", userId).setParameter("s", c.structure()).getSingleResult();
        if (found == 0) {
            throw new DomainException("activity.team.foreignSupervisor");
        }
    }

    private List<PersonOption> participantsById(Caller c, Collection<Long> ids) {
        return summaries.participantNames(c.structure(), ids).stream()
                .map(p -> new PersonOption(p.id(), p.fullName())).toList();
    }

}
