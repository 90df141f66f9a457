package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.funding.AfterExitFollowUp;
import fr.sillon.domain.funding.Disability;
import fr.sillon.domain.funding.FseExitSituation;
import fr.sillon.domain.funding.FseParticipantFile;
import fr.sillon.domain.funding.FseRules;
import fr.sillon.domain.funding.Household;
import fr.sillon.domain.funding.LabourStatus;
import fr.sillon.domain.pathway.EligibilityCriterion;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.funding.FundingViews.FseRow;
import fr.sillon.ejb.pathway.FundingPathwayQueries;
import fr.sillon.ejb.pathway.FundingPathwayQueries.FundingPerson;
import fr.sillon.ejb.pathway.PathwayQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FSE+ participant file (Ma Démarche FSE+): the entry questionnaire on the pathway, the exit situation within four
 * weeks, the situation at six months (the +6-month follow-up's), and the completeness grid of the year. The rules are
 * {@link FseRules}'.
 */
@Stateless
public class FseService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PathwayQueries queries;
    @Inject
    FundingPathwayQueries periods;
    @Inject
    AuditService audit;

    /** The completeness grid of the people under contract in {@code year}, by name. */
    @RolesAllowed(COORDINATOR)
    public List<FseRow> grid(int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        return rows(em, periods, caller.structure(), year, LocalDate.now());
    }

    /** The FSE+ file of one pathway of the caller's structure, as the grid of {@code year} shows it. */
    @RolesAllowed(COORDINATOR)
    public FseRow file(long pathwayId, int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        queries.pathway(caller, pathwayId, "FUNDING_FSE_READ");
        return rows(em, periods, caller.structure(), year, LocalDate.now()).stream()
                .filter(r -> r.pathwayId() == pathwayId).findFirst()
                .orElseThrow(() -> new DomainException("funding.hours.notUnderContract"));
    }

    /** Answers (or corrects) the entry questionnaire; an item left empty stays missing in the grid. */
    @RolesAllowed(COORDINATOR)
    public void answerEntry(long pathwayId, LabourStatus labour, Household household, Disability disability) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "FUNDING_FSE_WRITE");
        FseParticipantFile f = fileOf(pw);
        f.answerEntry(labour, household, disability, LocalDate.now(), caller.login());
        keep(f);
        audit.ok(caller, "FUNDING_FSE_WRITE", "Pathway", pathwayId, "questionnaire d'entrée");
    }

    /** Records the exit situation (once the exit is recorded); the day it is entered is kept for the 4-week deadline. */
    @RolesAllowed(COORDINATOR)
    public void answerExit(long pathwayId, FseExitSituation situation) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "FUNDING_FSE_WRITE");
        var exit = queries.exit(pw);
        FseParticipantFile f = fileOf(pw);
        f.answerExit(situation, exit == null ? null : exit.exitDate(), LocalDate.now(), caller.login());
        keep(f);
        audit.ok(caller, "FUNDING_FSE_WRITE", "Pathway", pathwayId, "situation à la sortie " + situation.name());
    }

    /** The pathway's file, a new one (not yet persisted: the rules run first) when there is none. */
    private FseParticipantFile fileOf(Pathway pw) {
        FseParticipantFile f = em.find(FseParticipantFile.class, pw.getId());
        return f != null ? f : new FseParticipantFile(pw.getStructureId(), pw.getId());
    }

    private void keep(FseParticipantFile f) {
        if (!em.contains(f)) {
            em.persist(f);
        }
    }

    /** The grid's rows of structure {@code s} for {@code year} (also read by the participants' CSV). */
    static List<FseRow> rows(EntityManager em, FundingPathwayQueries periods, long s, int year, LocalDate today) {
        List<FundingPerson> people = periods.fundingPeople(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Long> ids = people.stream().map(FundingPerson::pathwayId).toList();
        Map<Long, AfterExitFollowUp> after = AfterExitService.recorded(em, s, ids);
        Map<Long, FseParticipantFile> files = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select f from FseParticipantFile f where f.structureId = :s and f.pathwayId in :ids",
                    FseParticipantFile.class).setParameter("s", s).setParameter("ids", ids).getResultList()
                    .forEach(f -> files.put(f.getPathwayId(), f));
        }
        var criteria = periods.criteriaOf(people.stream().map(FundingPerson::participantId).toList());
        return people.stream().map(p -> {
            FseParticipantFile f = files.get(p.pathwayId());
            AfterExitFollowUp a = after.get(p.pathwayId());
            Set<EligibilityCriterion> c = criteria.getOrDefault(p.participantId(), Set.of());
            Disability disability = FseRules.disability(f == null ? null : f.getDisability(),
                    p.rqth() || c.contains(EligibilityCriterion.TH));
            FseRules.Facts facts = new FseRules.Facts(p.birthDate(), p.educationLevel(), f == null ? null : f.getLabourStatus(),
                    f == null ? null : f.getHousehold(), disability, p.exitDate(), f == null ? null : f.getExitSituation(),
                    a == null ? null : a.getSituation());
            LocalDate recordedOn = f == null ? null : f.getExitRecordedOn();
            return new FseRow(p.pathwayId(), p.name(), p.entryDate(), FseRules.ageBand(p.birthDate(), p.entryDate()),
                    FseRules.isced(p.educationLevel()), facts.labour(), facts.household(), disability, p.exitDate(),
                    facts.exitSituation(), recordedOn, p.exitDate() == null ? null : FseRules.exitEntryDeadline(p.exitDate()),
                    FseRules.exitEntryLate(p.exitDate(), recordedOn, today), facts.sixMonths(),
                    a == null ? null : a.getContactedOn(), FseRules.missing(facts, today), FseRules.completeness(facts, today));
        }).toList();
    }
}
