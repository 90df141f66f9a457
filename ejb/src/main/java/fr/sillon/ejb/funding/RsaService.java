package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.funding.AbsenceReason;
import fr.sillon.domain.funding.AppointmentKind;
import fr.sillon.domain.funding.AppointmentOutcome;
import fr.sillon.domain.funding.ReferentCheckIn;
import fr.sillon.domain.funding.RsaAppointment;
import fr.sillon.domain.funding.RsaRules;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.funding.FundingViews.AppointmentRow;
import fr.sillon.ejb.funding.FundingViews.CheckInRow;
import fr.sillon.ejb.funding.FundingViews.RsaFile;
import fr.sillon.ejb.funding.FundingViews.RsaMonth;
import fr.sillon.ejb.funding.FundingViews.RsaRow;
import fr.sillon.ejb.pathway.FundingPathwayQueries;
import fr.sillon.ejb.pathway.FundingPathwayQueries.FundingPerson;
import fr.sillon.ejb.pathway.PathwayQueries;
import fr.sillon.ejb.pathway.PathwaySummaries;
import fr.sillon.ejb.pathway.PathwayViews.Assignment;
import fr.sillon.ejb.pathway.PathwayViews.BarrierLine;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow-up of RSA beneficiaries for the Département (contrat d'engagement): appointments proposed and what
 * became of them, check-ins with the referent, the monthly activity against the 15 h a week, absences by reason, and
 * the one-person sheet for the Département, drawn only from what the person agreed to share (the consent recorded
 * with the referent assignment, read by the same rule as the referent's summary).
 */
@Stateless
public class RsaService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    FundingPathwayQueries periods;
    @Inject
    PathwaySummaries summaries;
    @Inject
    TenantGuard guard;
    @Inject
    AuditService audit;

    private List<FundingPerson> rsaPeople(long s, int year) {
        List<FundingPerson> people = periods.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var criteria = periods.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        return people.stream().filter(p -> criteria.getOrDefault(p.participantId(), Set.of())
                .contains(EligibilityCriterion.RSA)).toList();
    }

    /** The RSA beneficiaries under contract in {@code year}, by name, with their figures of the year. */
    @RolesAllowed(COORDINATOR)
    public List<RsaRow> beneficiaries(int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        long s = caller.structure();
        List<FundingPerson> rsa = rsaPeople(s, year);
        List<Long> ids = rsa.stream().map(FundingPerson::pathwayId).toList();
        Map<Long, List<RsaMonth>> months = RsaMonths.of(em, periods.contractSpans(s, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)), s, ids, year);
        Map<Long, List<RsaAppointment>> appointments = new HashMap<>();
        RsaMonths.appointments(em, s, ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(a -> appointments.computeIfAbsent(a.getPathwayId(), k -> new ArrayList<>()).add(a));
        Map<Long, Long> checkIns = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.pathwayId, count(c) from ReferentCheckIn c where c.structureId = :s"
                            + " and c.pathwayId in :ids and c.heldOn between :f and :t group by c.pathwayId", Object[].class)
                    .setParameter("s", s).setParameter("ids", ids).setParameter("f", LocalDate.of(year, 1, 1))
                    .setParameter("t", LocalDate.of(year, 12, 31)).getResultList()
                    .forEach(r -> checkIns.put((Long) r[0], (Long) r[1]));
        }
        return rsa.stream().map(p -> {
            RsaRules.Attendance a = RsaRules.attendance(appointments.getOrDefault(p.pathwayId(), List.of()));
            int below = (int) months.getOrDefault(p.pathwayId(), List.of()).stream()
                    .filter(m -> Boolean.TRUE.equals(m.belowEngagement())).count();
            return new RsaRow(p.pathwayId(), p.name(), below, a.proposed(), a.attended(), a.missed(),
                    checkIns.getOrDefault(p.pathwayId(), 0L).intValue(), !summaries.assignments(p.pathwayId()).isEmpty());
        }).toList();
    }

    /** The RSA follow-up of one beneficiary of the caller's structure for {@code year}. */
    @RolesAllowed(COORDINATOR)
    public RsaFile person(long pathwayId, int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        queries.pathway(caller, pathwayId, "FUNDING_RSA_READ");
        return file(caller.structure(), pathwayId, year);
    }

    private RsaFile file(long s, long pathwayId, int year) {
        FundingPerson p = rsaPeople(s, year).stream().filter(x -> x.pathwayId() == pathwayId).findFirst()
                .orElseThrow(() -> new DomainException("funding.rsa.notBeneficiary"));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<RsaMonth> months = RsaMonths.of(em, periods.contractSpans(s, from, to), s, List.of(pathwayId), year)
                .getOrDefault(pathwayId, List.of());
        List<RsaAppointment> appointments = RsaMonths.appointments(em, s, List.of(pathwayId), from, to);
        List<CheckInRow> checkIns = em.createQuery("select c from ReferentCheckIn c where c.structureId = :s"
                        + " and c.pathwayId = :p and c.heldOn between :f and :t order by c.heldOn, c.id", ReferentCheckIn.class)
                .setParameter("s", s).setParameter("p", pathwayId).setParameter("f", from).setParameter("t", to)
                .getResultList().stream().map(c -> new CheckInRow(c.getId(), c.getHeldOn(), c.getReferentName(),
                        c.getNote(), c.isShareable())).toList();
        return new RsaFile(pathwayId, p.name(), year, months, appointments.stream().map(a -> new AppointmentRow(a.getId(),
                a.getProposedFor(), a.getKind(), a.getOutcome(), a.getMissedReason())).toList(),
                RsaRules.attendance(appointments), checkIns, !summaries.assignments(pathwayId).isEmpty());
    }

    /** Records an appointment proposed to the person of a pathway of the caller's structure. */
    @RolesAllowed(COORDINATOR)
    public long addAppointment(long pathwayId, LocalDate day, AppointmentKind kind) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "FUNDING_APPOINTMENT_WRITE");
        RsaAppointment a = new RsaAppointment(pw.getStructureId(), pathwayId, day, kind, caller.login());
        em.persist(a);
        em.flush();
        audit.ok(caller, "FUNDING_APPOINTMENT_WRITE", "Pathway", pathwayId, kind.name() + " " + day);
        return a.getId();
    }

    /** What became of an appointment: attended, missed (with its reason), cancelled, or back to proposed. */
    @RolesAllowed(COORDINATOR)
    public void settleAppointment(long appointmentId, AppointmentOutcome outcome, AbsenceReason reason) {
        Caller caller = currentCaller.get();
        RsaAppointment a = guard.owned(caller, RsaAppointment.class, appointmentId, RsaAppointment::getStructureId,
                "FUNDING_APPOINTMENT_WRITE");
        a.settle(outcome, reason, LocalDate.now(), caller.login());
        audit.ok(caller, "FUNDING_APPOINTMENT_WRITE", "Pathway", a.getPathwayId(), outcome.name()
                + (reason == null ? "" : " " + reason.name()));
    }

    /** Records a check-in with the person's referent (the note shareable or not). */
    @RolesAllowed(COORDINATOR)
    public long addCheckIn(long pathwayId, LocalDate day, String referent, String note, boolean shareable) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "FUNDING_CHECKIN_WRITE");
        ReferentCheckIn c = new ReferentCheckIn(pw.getStructureId(), pathwayId, day, referent, note, shareable,
                LocalDate.now(), caller.login());
        em.persist(c);
        em.flush();
        audit.ok(caller, "FUNDING_CHECKIN_WRITE", "Pathway", pathwayId, "point du " + day
                + (shareable ? " · note partageable" : ""));
        return c.getId();
    }

    /**
     * The one-person RSA sheet for the Département (PDF), drawn only from what the person agreed to share: without a
     * consent recorded with a referent assignment there is no sheet; barriers only under the barriers consent and never
     * the sensitive ones (the referent summary's rule); a check-in's note only when flagged shareable; health reasons of
     * absence only on the coordinator's confirmation. Audited.
     */
    @RolesAllowed(COORDINATOR)
    public byte[] departmentSheetPdf(long pathwayId, int year, boolean sensitive) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        queries.pathway(caller, pathwayId, "FUNDING_RSA_SHEET_PDF");
        long s = caller.structure();
        RsaFile f = file(s, pathwayId, year);
        List<Assignment> consents = summaries.assignments(pathwayId);
        if (consents.isEmpty()) {
            throw new DomainException("funding.rsa.noConsent");
        }
        Assignment consent = consents.get(0);
        List<BarrierLine> barriers = summaries.barriersSharedUnder(consent, pathwayId);
        Structure st = em.find(Structure.class, s);
        byte[] pdf = RsaSheetPdf.render(st.getName(), f, consent, barriers, summaries.contractLines(pathwayId), sensitive);
        audit.ok(caller, "FUNDING_RSA_SHEET_PDF", "Pathway", pathwayId, "année " + year
                + (sensitive ? " · motifs de santé inclus (confirmé)" : ""));
        return pdf;
    }
}
