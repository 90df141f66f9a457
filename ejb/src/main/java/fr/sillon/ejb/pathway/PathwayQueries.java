package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Rows.*;

import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.shared.Page;
import fr.sillon.ejb.shared.Rows;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The reads of the pathway context: the only place that queries its tables (participant, pathway, contract,
 * interview, barrier, immersion, training, pathway_exit, referent_assignment), for the pathway services and for the
 * other contexts. Returns read models or entities of the context; it checks nothing about the caller but the
 * structure of the pathway ({@link #pathway}); the role checks stay on the services that call it.
 */
@Dependent
public class PathwayQueries {
    @PersistenceContext
    EntityManager em;
    @Inject
    TenantGuard guard;

    /** The pathway if it belongs to the caller's structure; otherwise audited and answered as not found. */
    public Pathway pathway(Caller caller, long pathwayId, String action) {
        return guard.owned(caller, Pathway.class, pathwayId, Pathway::getStructureId, action);
    }

    // ------------------------------------------------------------------ participants and pathways

    /** Pathways of the structure (by name), searched by name, France Travail id or PASS IAE number. */
    public Page<ParticipantRow> participants(long structureId, String search, boolean activeOnly, int first, int size) {
        String where = " where p.structureId = :s"
                + (activeOnly ? " and p.status = fr.sillon.domain.pathway.PathwayStatus.ACTIVE" : "")
                + (search == null || search.isBlank() ? "" : " and (pa.lastName like :q or pa.firstName like :q"
                + " or pa.franceTravailId like :q or pa.passIaeNumber like :q)");
        var rows = em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$ParticipantRow(p.id, pa.id,"
                        + " pa.lastName, pa.firstName, p.entryDate, p.status,"
                        + " (select max(c.plannedEnd) from Contract c where c.pathway = p), sup.displayName)"
                        + " from Pathway p join p.participant pa left join p.supervisor sup" + where
                        + " order by pa.lastName, pa.firstName, p.entryDate desc", ParticipantRow.class)
                .setParameter("s", structureId);
        var count = em.createQuery("select count(p) from Pathway p join p.participant pa" + where, Long.class)
                .setParameter("s", structureId);
        if (search != null && !search.isBlank()) {
            String q = "%" + search.trim().replace("%", "").replace("_", "") + "%";
            rows.setParameter("q", q);
            count.setParameter("q", q);
        }
        return new Page<>(rows.setFirstResult(Math.max(0, first)).setMaxResults(Page.size(size)).getResultList(),
                count.getSingleResult());
    }

    /** How many active pathways the participant has. */
    public long activePathways(Participant participant) {
        return em.createQuery("select count(p) from Pathway p where p.participant = :pa"
                        + " and p.status = fr.sillon.domain.pathway.PathwayStatus.ACTIVE", Long.class)
                .setParameter("pa", participant).getSingleResult();
    }

    /** Whether another participant than {@code participant} is linked to the account. */
    public boolean accountLinkedElsewhere(long userAccountId, Participant participant) {
        return em.createQuery("select count(p) from Participant p where p.userAccount.id = :u and p <> :p", Long.class)
                .setParameter("u", userAccountId).setParameter("p", participant).getSingleResult() > 0;
    }

    // ------------------------------------------------------------------ contracts

    public List<Contract> contractEntities(Pathway pw) {
        return em.createQuery("select c from Contract c where c.pathway = :p order by c.startDate", Contract.class)
                .setParameter("p", pw).getResultList();
    }

    /** The contracts of the pathway, in date order. */
    public List<ContractView> contracts(Pathway pw) {
        return contractEntities(pw).stream()
                .map(c -> new ContractView(c.getId(), c.getKind(), c.getStartDate(), c.getPlannedEnd(),
                        c.getWeeklyHours(), c.getException(), c.getTrainingEnd(), c.isHoursDerogation(),
                        c.getDerogationReference(), c.getTrainingStart(), c.getDecision()))
                .toList();
    }

    /** The contracts of a pathway, by id (for the other contexts, which have checked the pathway). */
    public List<ContractView> contracts(long pathwayId) {
        return contracts(em.getReference(Pathway.class, pathwayId));
    }

    // ------------------------------------------------------------------ follow-up

    /** Interviews, latest first, with their author and actions. */
    public List<Interview> interviews(Pathway pw) {
        return em.createQuery("select distinct i from Interview i join fetch i.author"
                        + " left join fetch i.actions where i.pathway = :p order by i.heldOn desc, i.id desc", Interview.class)
                .setParameter("p", pw).getResultList();
    }

    /** Barriers with their actions, in the order they were identified. */
    public List<Barrier> barriers(Pathway pw) {
        return em.createQuery("select distinct b from Barrier b left join fetch b.actions"
                        + " where b.pathway = :p order by b.identifiedOn, b.id", Barrier.class)
                .setParameter("p", pw).getResultList();
    }

    // ------------------------------------------------------------------ immersions and trainings

    public List<ImmersionView> immersions(Pathway pw) {
        return em.createQuery("select i from Immersion i where i.pathway = :p order by i.startDate", Immersion.class)
                .setParameter("p", pw).getResultStream()
                .map(i -> new ImmersionView(i.getId(), i.getHostName(), i.getHostSiret(), i.getStartDate(),
                        i.getEndDate(), i.getObjective(), i.getObjectiveDetail(), i.getOutcome(), i.getOutcomeNote(),
                        i.getRenewalOfId()))
                .toList();
    }

    /** Every PMSMP convention of the person in the structure, across their stays (the 12-month limits follow them). */
    public List<PmsmpRules.Convention> conventionsOf(Participant participant, long structureId) {
        return em.createQuery("select i from Immersion i"
                        + " where i.pathway.participant = :pa and i.structureId = :s", Immersion.class)
                .setParameter("pa", participant).setParameter("s", structureId)
                .getResultStream().map(Immersion::toConvention).toList();
    }

    /** Trainings of the pathway, by {@link #trainingDate}. */
    public List<Training> trainings(Pathway pw, boolean withCleaResults) {
        return em.createQuery("select distinct t from Training t" + (withCleaResults ? " left join fetch t.cleaResults" : "")
                        + " where t.pathway = :p", Training.class)
                .setParameter("p", pw).getResultList().stream()
                .sorted(Comparator.comparing(PathwayQueries::trainingDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The date a training counts from: its certificate, else its end, else its start. */
    public static LocalDate trainingDate(Training t) {
        return t.getCertificateDate() != null ? t.getCertificateDate()
                : t.getEndDate() != null ? t.getEndDate() : t.getStartDate();
    }

    // ------------------------------------------------------------------ exit

    /** The exit of the pathway, or null while it is running. */
    public ExitView exit(Pathway pw) {
        return em.createQuery("select e from PathwayExit e where e.pathway = :p", PathwayExit.class)
                .setParameter("p", pw).getResultStream().findFirst()
                .map(e -> new ExitView(e.getExitDate(), e.getMotive(), e.getAspCode(), e.getCategory(), e.getComment()))
                .orElse(null);
    }

    // ------------------------------------------------------------------ timeline, alerts, indicators

    /** (date, kind) of each interview. */
    public List<Object[]> interviewDates(Pathway pw) {
        return em.createQuery("select i.heldOn, i.kind from Interview i where i.pathway = :p", Object[].class)
                .setParameter("p", pw).getResultList();
    }

    /** (identified on, category, sensitive) of each barrier. */
    public List<Object[]> barrierDates(Pathway pw) {
        return em.createQuery("select b.identifiedOn, b.category, b.sensitive from Barrier b where b.pathway = :p",
                        Object[].class)
                .setParameter("p", pw).getResultList();
    }

    /** (start, end, host) of each immersion. */
    public List<Object[]> immersionDates(Pathway pw) {
        return em.createQuery("select i.startDate, i.endDate, i.hostName from Immersion i where i.pathway = :p",
                        Object[].class)
                .setParameter("p", pw).getResultList();
    }

    /**
     * What the alert rules need of each active pathway of the structure with something due on {@code today} (a
     * contract, SST or PASS IAE ending in the windows, or no interview for 6 weeks), in one query.
     */
    public List<PathwayAlerts.Snapshot> alertSnapshots(long structureId, LocalDate today) {
        List<Object[]> rows = em.createQuery("""
                        select p.id, pa.firstName, pa.lastName, p.entryDate, pa.passIaeEnd,
                               (select min(c.startDate) from Contract c where c.pathway = p),
                               (select max(c.plannedEnd) from Contract c where c.pathway = p),
                               (select max(i.heldOn) from Interview i where i.pathway = p),
                               (select max(t.expiresOn) from Training t where t.pathway = p and t.expiresOn is not null)
                        from Pathway p join p.participant pa
                        where p.structureId = :s and p.status = fr.sillon.domain.pathway.PathwayStatus.ACTIVE
                          and (exists (select 1 from Contract c where c.pathway = p
                                         and c.plannedEnd between :today and :contractHorizon)
                               or exists (select 1 from Training t where t.pathway = p
                                         and t.expiresOn between :today and :sstHorizon)
                               or pa.passIaeEnd between :today and :passHorizon
                               or (p.entryDate < :interviewThreshold and not exists (select 1 from Interview i
                                         where i.pathway = p and i.heldOn >= :interviewThreshold))
                               or exists (select 1 from HoursDerogation d where d.pathway = p
                                         and coalesce(d.prolongedUntil, d.endDate) between :today and :derogationHorizon)
                               or exists (select 1 from ContractSuspension cs where cs.participantId = pa.id))
                        """, Object[].class)
                .setParameter("s", structureId)
                .setParameter("today", today)
                .setParameter("contractHorizon", today.plusDays(Math.max(PathwayAlerts.CONTRACT_LATER_DAYS,
                        PathwayAlerts.RENEWAL_DECISION_DAYS)))
                .setParameter("sstHorizon", today.plusDays(PathwayAlerts.SST_DAYS))
                .setParameter("passHorizon", today.plusDays(PathwayAlerts.PASS_IAE_DAYS))
                .setParameter("interviewThreshold", PathwayAlerts.interviewThreshold(today))
                .setParameter("derogationHorizon", today.plusDays(PathwayAlerts.DEROGATION_DAYS))
                .getResultList();
        // issue 13: PASS end and 24 months pushed back by suspensions, parcours across stays, derogations
        return ParcoursQueries.completeAlerts(em, structureId, today, rows.stream().map(r -> new PathwayAlerts.Snapshot(
                (Long) r[0], r[1] + " " + r[2], (LocalDate) r[3], (LocalDate) r[5], (LocalDate) r[6], (LocalDate) r[7],
                (LocalDate) r[4], (LocalDate) r[8])).toList());
    }

    /** People under a CDDI in [from, to] who had not left before {@code from}. */
    public long peopleEmployed(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select count(distinct p.participant) from Contract c join c.pathway p"
                        + " where c.structureId = :s and c.startDate <= :to and c.plannedEnd >= :from"
                        + " and not exists (select 1 from PathwayExit e where e.pathway = p and e.exitDate < :from)", Long.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public long entries(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select count(p) from Pathway p where p.structureId = :s"
                        + " and p.entryDate between :from and :to", Long.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public Map<ExitCategory, Long> exitsByCategory(long s, LocalDate from, LocalDate to) {
        Map<ExitCategory, Long> exits = new EnumMap<>(ExitCategory.class);
        // only exits after the minimum stay the ASP counts (ExitRules); shorter ones are counted apart
        em.createQuery("select e.category, count(e) from PathwayExit e where e.structureId = :s"
                        + " and e.countedInRates = true"
                        + " and e.exitDate between :from and :to group by e.category", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> exits.put((ExitCategory) r[0], (Long) r[1]));
        return exits;
    }

    /** (kind, start, planned end, weekly hours, exit date or null) of each contract overlapping [from, to]. */
    public List<Object[]> contractsOverlapping(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select c.kind, c.startDate, c.plannedEnd, c.weeklyHours, e.exitDate"
                        + " from Contract c join c.pathway p left join PathwayExit e on e.pathway = p"
                        + " where c.structureId = :s and c.startDate <= :to and c.plannedEnd >= :from", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Hours of the trainings that ended (or were certified, or started) in [from, to]. */
    public BigDecimal trainingHours(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select coalesce(sum(t.hours), 0) from Training t"
                        + " where t.structureId = :s and coalesce(t.endDate, t.certificateDate, t.startDate) between :from and :to",
                        BigDecimal.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    // ------------------------------------------------------------------ referents

    public List<ReferentView> referents(Pathway pw) {
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$ReferentView(r.id, u.id, u.displayName,"
                        + " po.name, r.consentRecordedOn, r.barriersConsent, case when r.removedAt is null then true else false end)"
                        + " from ReferentAssignment r join r.referent u left join u.partnerOrganisation po"
                        + " where r.pathway = :p order by r.assignedAt", ReferentView.class)
                .setParameter("p", pw).getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private List<Object[]> rows(long pathwayId, String sql) {
        return rows(em.createNativeQuery(sql).setParameter("pw", pathwayId));
    }

    /**
     * Contract periods and suspensions of participants of the structure, for the working-day check of observations,
     * task presences and validations (issue 13 point 13).
     */
    public ParcoursQueries.WorkingDayData workingDays(long structureId, java.util.Collection<Long> participantIds) {
        return ParcoursQueries.workingDays(em, structureId, participantIds);
    }

    /** Exits of [from, to] after a stay shorter than the minimum the ASP counts (issue 13 point 12). */
    public long shortStayExits(long structureId, LocalDate from, LocalDate to) {
        return ParcoursQueries.shortStayExits(em, structureId, from, to);
    }

    // ------------------------------------------------------------------ funders' reports (issue 19)

    /** A pathway under contract in a period, as the funders' reports see it. */
    public record FundingPerson(long pathwayId, long participantId, String lastName, String firstName,
                                LocalDate birthDate, EducationLevel educationLevel, LocalDate entryDate,
                                LocalDate exitDate, String passIaeNumber, LocalDate passIaeStart, LocalDate passIaeEnd,
                                String prescriberAspCode, boolean rqth, ExitMotive exitMotive) {
        public String name() { return lastName + " " + firstName; }
    }

    /** An exit as the funders' reports see it. */
    public record FundingExit(long pathwayId, String lastName, String firstName, LocalDate exitDate,
                              ExitMotive motive, ExitCategory category, boolean countedInRates) {
        public String name() { return lastName + " " + firstName; }
    }

    /** A barrier of a pathway under contract in the period. */
    public record FundingBarrier(long barrierId, long pathwayId, BarrierCategory category, BarrierStatus status,
                                 LocalDate identifiedOn, LocalDate entryDate) {
    }

    /** An immersion (PMSMP) that overlaps the period. */
    public record FundingImmersion(long pathwayId, String hostName, LocalDate start, LocalDate end,
                                   ImmersionOutcome outcome) {
    }

    /** Pathways of the structure with a contract overlapping [from, to] and no exit before {@code from}, by name. */
    public List<FundingPerson> fundingPeople(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayQueries$FundingPerson(p.id, pa.id, pa.lastName,"
                        + " pa.firstName, pa.birthDate, pa.educationLevel, p.entryDate, e.exitDate, pa.passIaeNumber,"
                        + " pa.passIaeStart, pa.passIaeEnd, pa.prescriberAspCode, pa.rqth, e.motive)"
                        + " from Pathway p join p.participant pa left join PathwayExit e on e.pathway = p"
                        + " where p.structureId = :s and (e.id is null or e.exitDate >= :from)"
                        + " and exists (select 1 from Contract c where c.pathway = p and c.startDate <= :to"
                        + " and c.plannedEnd >= :from) order by pa.lastName, pa.firstName, p.id", FundingPerson.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Eligibility criteria by participant id. */
    public Map<Long, Set<EligibilityCriterion>> criteriaOf(Collection<Long> participantIds) {
        Map<Long, Set<EligibilityCriterion>> out = new java.util.HashMap<>();
        if (participantIds.isEmpty()) {
            return out;
        }
        em.createQuery("select pa.id, c from Participant pa join pa.criteria c where pa.id in :ids", Object[].class)
                .setParameter("ids", participantIds).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> java.util.EnumSet.noneOf(EligibilityCriterion.class))
                        .add((EligibilityCriterion) r[1]));
        return out;
    }

    /** Contracts of the structure overlapping [from, to], each cut at its pathway's exit date, by pathway id. */
    public Map<Long, List<ContractHours.Span>> contractSpans(long s, LocalDate from, LocalDate to) {
        Map<Long, List<ContractHours.Span>> out = new java.util.HashMap<>();
        em.createQuery("select p.id, c.startDate, c.plannedEnd, c.weeklyHours, e.exitDate"
                        + " from Contract c join c.pathway p left join PathwayExit e on e.pathway = p"
                        + " where c.structureId = :s and c.startDate <= :to and c.plannedEnd >= :from", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> {
                    LocalDate end = (LocalDate) r[2];
                    if (r[4] != null && ((LocalDate) r[4]).isBefore(end)) {
                        end = (LocalDate) r[4];
                    }
                    if (!end.isBefore((LocalDate) r[1])) {
                        out.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                                .add(new ContractHours.Span((LocalDate) r[1], end, (BigDecimal) r[3]));
                    }
                });
        return out;
    }

    /** Exits of the structure dated in [from, to], by date. */
    public List<FundingExit> fundingExits(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayQueries$FundingExit(p.id, pa.lastName,"
                        + " pa.firstName, e.exitDate, e.motive, e.category, e.countedInRates)"
                        + " from PathwayExit e join e.pathway p join p.participant pa"
                        + " where e.structureId = :s and e.exitDate between :from and :to order by e.exitDate, p.id",
                        FundingExit.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Barriers identified up to {@code to} of the pathways under contract in [from, to]. */
    public List<FundingBarrier> fundingBarriers(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayQueries$FundingBarrier(b.id, p.id, b.category,"
                        + " b.status, b.identifiedOn, p.entryDate) from Barrier b join b.pathway p"
                        + " where b.structureId = :s and b.identifiedOn <= :to"
                        + " and not exists (select 1 from PathwayExit e where e.pathway = p and e.exitDate < :from)"
                        + " and exists (select 1 from Contract c where c.pathway = p and c.startDate <= :to"
                        + " and c.plannedEnd >= :from) order by b.id", FundingBarrier.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The barrier if it belongs to the caller's structure; otherwise audited and answered as not found. */
    public Barrier barrier(Caller caller, long barrierId, String action) {
        return guard.owned(caller, Barrier.class, barrierId, Barrier::getStructureId, action);
    }

    /** (interviews held in [from, to], distinct pathways interviewed). */
    public long[] interviewsIn(long s, LocalDate from, LocalDate to) {
        Object[] r = em.createQuery("select count(i), count(distinct i.pathway) from Interview i"
                        + " where i.structureId = :s and i.heldOn between :from and :to", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new long[] {(Long) r[0], (Long) r[1]};
    }

    /** (pathway id, interviews held in [from, to]) of the structure. */
    public Map<Long, Long> interviewsByPathway(long s, LocalDate from, LocalDate to) {
        Map<Long, Long> out = new java.util.HashMap<>();
        em.createQuery("select i.pathway.id, count(i) from Interview i where i.structureId = :s"
                        + " and i.heldOn between :from and :to group by i.pathway.id", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /** Immersions of the structure overlapping [from, to]. */
    public List<FundingImmersion> fundingImmersions(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayQueries$FundingImmersion(i.pathway.id,"
                        + " i.hostName, i.startDate, i.endDate, i.outcome) from Immersion i"
                        + " where i.structureId = :s and i.startDate <= :to and i.endDate >= :from order by i.startDate",
                        FundingImmersion.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
