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
import fr.sillon.ejb.assessment.ProgressCounts;
import fr.sillon.ejb.pathway.PathwaySummaries;
import fr.sillon.ejb.pathway.PathwayViews.*;
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
 * each, a summary limited to their mission: contracts, dates and kinds of interviews (never their
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
    @Inject
    PathwaySummaries pathways;
    @Inject
    ProgressCounts counts;

    @RolesAllowed(REFERENT)
    public List<FollowedPathway> followed() {
        Caller caller = currentCaller.get();
        return pathways.assignedTo(caller.userId(), 500).stream()
                .map(p -> new FollowedPathway(p.pathwayId(), p.participantName(), p.structureName(), p.entryDate(),
                        p.status(), p.contractEnd(), p.consentRecordedOn())).toList();
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
        Assignment assignment = pathways.assignment(pathwayId, caller.userId())
                .orElseThrow(() -> guard.refuse(caller, action, "Pathway", pathwayId));
        boolean barriersConsent = assignment.barriersConsent();
        PathwayHead head = pathways.head(pathwayId);
        long participantId = head.participantId();
        long structureId = head.structureId();
        List<ContractLine> contracts = pathways.contractLines(pathwayId);
        // dates and kinds only: the summary and the CIP's notes never leave the structure
        List<InterviewLine> interviews = pathways.interviewLines(pathwayId);
        List<ImmersionLine> immersions = pathways.immersionLines(pathwayId);
        List<TrainingLine> trainings = pathways.trainingLines(pathwayId);
        // the frameworks in which something was observed or validated
        List<FrameworkLine> progress = counts.of(participantId, structureId).stream()
                .filter(f -> f.validated() + f.inProgress() > 0)
                .map(f -> new FrameworkLine(f.frameworkCode(), f.frameworkTitle(), f.total(), f.validated(),
                        f.inProgress())).toList();
        List<CertificateLine> certificates = rows("""
                select id, number, issued_at, status from certificate where pathway_id = :pw order by issued_at desc""",
                pathwayId).stream().map(r -> new CertificateLine(num(r[0]), (String) r[1], dateTime(r[2]),
                (String) r[3])).toList();
        ExitLine exit = pathways.exitLine(pathwayId);
        List<BarrierLine> barriers = pathways.barriersSharedUnder(assignment, pathwayId);
        return new ReferentSummary(pathwayId, head.participantName(), head.structureName(), head.structureCity(),
                head.entryDate(), head.status(), assignment.consentRecordedOn(), contracts, interviews, immersions,
                trainings, progress, MyPathwayService.validated(em, participantId), certificates, exit, barriersConsent,
                barriers);
    }

    private List<Object[]> rows(String sql, long pathwayId) {
        return em.createNativeQuery(sql).setParameter("pw", pathwayId).getResultList();
    }
}
