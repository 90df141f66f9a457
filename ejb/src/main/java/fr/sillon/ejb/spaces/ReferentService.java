package fr.sillon.ejb.spaces;

import fr.sillon.ejb.shared.TenantGuard;

import static fr.sillon.ejb.shared.Rows.*;

import static fr.sillon.ejb.shared.Roles.*;


import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.pathway.BarrierCategory;
import fr.sillon.domain.pathway.BarrierStatus;
import fr.sillon.domain.pathway.ContractKind;
import fr.sillon.domain.pathway.ExitCategory;
import fr.sillon.domain.pathway.ExitMotive;
import fr.sillon.domain.pathway.ImmersionObjective;
import fr.sillon.domain.pathway.ImmersionOutcome;
import fr.sillon.domain.pathway.InterviewKind;
import fr.sillon.domain.pathway.PathwayStatus;
import fr.sillon.domain.pathway.TrainingKind;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.spaces.SpacesViews.*;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * The referent space: the pathways explicitly assigned to the calling partner referent (across structures) and, for
 * each, a summary limited to their mission (gdpr.md §3): contracts, dates and kinds of interviews (never their
 * content), immersions, trainings, competencies, certificates, exit; barriers as category and status only, only with
 * the participant's consent, and never health, justice or disability. A pathway not assigned (or no longer) is
 * answered as not found, and the attempt is audited; every summary read or export is audited.
 */
@Stateless
public class ReferentService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;

    @RolesAllowed(REFERENT)
    public List<FollowedPathway> followed() {
        Caller caller = currentCaller.get();
        return ((List<Object[]>) em.createNativeQuery("""
                select pw.id, concat(pa.first_name, ' ', pa.last_name), s.name, pw.entry_date, pw.status,
                       (select max(c.planned_end) from contract c where c.pathway_id = pw.id), max(ra.consent_recorded_on)
                from referent_assignment ra
                join pathway pw on pw.id = ra.pathway_id
                join participant pa on pa.id = pw.participant_id
                join structure s on s.id = pw.structure_id
                where ra.referent_id = :u and ra.removed_at is null
                group by pw.id, pa.first_name, pa.last_name, s.name, pw.entry_date, pw.status
                order by case when pw.status = 'ACTIVE' then 0 else 1 end, pa.last_name, pa.first_name""")
                .setParameter("u", caller.userId()).setMaxResults(500).getResultList()).stream()
                .map(r -> new FollowedPathway(num(r[0]), (String) r[1], (String) r[2], date(r[3]),
                        PathwayStatus.valueOf((String) r[4]), date(r[5]), date(r[6]))).toList();
    }

    @RolesAllowed(REFERENT)
    public ReferentSummary summary(long pathwayId) {
        Caller caller = currentCaller.get();
        ReferentSummary summary = build(caller, pathwayId, "REFERENT_SUMMARY_READ");
        audit.ok(caller, "REFERENT_SUMMARY_READ", "Pathway", pathwayId, summary.participantName());
        return summary;
    }

    /** The summary as a PDF document (same content as the page). */
    @RolesAllowed(REFERENT)
    public byte[] summaryPdf(long pathwayId) {
        Caller caller = currentCaller.get();
        ReferentSummary summary = build(caller, pathwayId, "REFERENT_SUMMARY_PDF");
        byte[] pdf = ReferentSummaryPdf.render(summary, caller.displayName());
        audit.ok(caller, "REFERENT_SUMMARY_PDF", "Pathway", pathwayId, summary.participantName());
        return pdf;
    }

    private ReferentSummary build(Caller caller, long pathwayId, String action) {
        List<Object[]> assignment = em.createNativeQuery("""
                select ra.consent_recorded_on, ra.barriers_consent from referent_assignment ra
                where ra.pathway_id = :pw and ra.referent_id = :u and ra.removed_at is null
                order by ra.assigned_at desc""")
                .setParameter("pw", pathwayId).setParameter("u", caller.userId()).setMaxResults(1).getResultList();
        if (assignment.isEmpty()) {
            throw guard.refuse(caller, action, "Pathway", pathwayId);
        }
        boolean barriersConsent = bool(assignment.get(0)[1]);
        Object[] head = (Object[]) em.createNativeQuery("""
                select pw.participant_id, concat(pa.first_name, ' ', pa.last_name), s.name, s.city, pw.entry_date,
                       pw.status, pw.structure_id
                from pathway pw join participant pa on pa.id = pw.participant_id join structure s on s.id = pw.structure_id
                where pw.id = :pw""").setParameter("pw", pathwayId).getSingleResult();
        long participantId = num(head[0]);
        long structureId = num(head[6]);
        List<ContractLine> contracts = rows("""
                select kind, start_date, planned_end, weekly_hours from contract where pathway_id = :pw order by start_date""",
                pathwayId).stream().map(r -> new ContractLine(ContractKind.valueOf((String) r[0]), date(r[1]),
                date(r[2]), (BigDecimal) r[3])).toList();
        // dates and kinds only: the summary and the CIP's notes never leave the structure
        List<InterviewLine> interviews = rows("""
                select held_on, kind from interview where pathway_id = :pw and held_on <= current_date order by held_on""",
                pathwayId).stream().map(r -> new InterviewLine(date(r[0]), InterviewKind.valueOf((String) r[1]))).toList();
        List<ImmersionLine> immersions = rows("""
                select host_name, start_date, end_date, objective, outcome from immersion where pathway_id = :pw
                order by start_date""", pathwayId).stream().map(r -> new ImmersionLine((String) r[0], date(r[1]),
                date(r[2]), ImmersionObjective.valueOf((String) r[3]),
                r[4] == null ? null : ImmersionOutcome.valueOf((String) r[4]))).toList();
        List<TrainingLine> trainings = rows("""
                select kind, title, organisation, start_date, end_date, hours, certificate_date, expires_on
                from training where pathway_id = :pw order by coalesce(start_date, certificate_date)""", pathwayId)
                .stream().map(r -> new TrainingLine(TrainingKind.valueOf((String) r[0]), (String) r[1], (String) r[2],
                        date(r[3]), date(r[4]), (BigDecimal) r[5], date(r[6]), date(r[7]))).toList();
        List<FrameworkLine> progress = ((List<Object[]>) em.createNativeQuery("""
                select f.code, f.title, count(*),
                       sum(case when v.id is not null then 1 else 0 end),
                       sum(case when v.id is null and ob.competency_id is not null then 1 else 0 end)
                from competency c
                join framework f on f.id = c.framework_id
                left join validation v on v.participant_id = :p and v.competency_id = c.id and v.status = 'VALIDATED'
                left join (select distinct o.competency_id from observation o
                           where o.participant_id = :p and o.level_rank > 0
                             and not exists (select 1 from observation x where x.supersedes_id = o.id)) ob
                       on ob.competency_id = c.id
                where c.kind = 'CRITERION' and f.status = 'PUBLISHED' and (f.structure_id is null or f.structure_id = :s)
                group by f.id, f.code, f.title
                having sum(case when v.id is not null or ob.competency_id is not null then 1 else 0 end) > 0
                order by case f.code when 'CLEA' then 0 else 1 end, f.code""")
                .setParameter("p", participantId).setParameter("s", structureId).getResultList()).stream()
                .map(r -> new FrameworkLine((String) r[0], (String) r[1], (int) num(r[2]), (int) num(r[3]),
                        (int) num(r[4]))).toList();
        List<CertificateLine> certificates = rows("""
                select id, number, issued_at, status from certificate where pathway_id = :pw order by issued_at desc""",
                pathwayId).stream().map(r -> new CertificateLine(num(r[0]), (String) r[1], dateTime(r[2]),
                (String) r[3])).toList();
        ExitLine exit = rows("select exit_date, motive, category from pathway_exit where pathway_id = :pw", pathwayId)
                .stream().findFirst().map(r -> new ExitLine(date(r[0]), ExitMotive.valueOf((String) r[1]),
                        ExitCategory.valueOf((String) r[2]))).orElse(null);
        List<BarrierLine> barriers = !barriersConsent ? List.of() : rows("""
                select category, status from barrier where pathway_id = :pw and is_sensitive = false
                order by identified_on""", pathwayId).stream()
                .map(r -> new BarrierLine(BarrierCategory.valueOf((String) r[0]), BarrierStatus.valueOf((String) r[1])))
                .filter(b -> !b.category().isSensitive())
                .toList();
        return new ReferentSummary(pathwayId, (String) head[1], (String) head[2], (String) head[3], date(head[4]),
                PathwayStatus.valueOf((String) head[5]), date(assignment.get(0)[0]), contracts, interviews, immersions,
                trainings, progress, MyPathwayService.validated(em, participantId), certificates, exit, barriersConsent,
                barriers);
    }

    private List<Object[]> rows(String sql, long pathwayId) {
        return em.createNativeQuery(sql).setParameter("pw", pathwayId).getResultList();
    }
}
