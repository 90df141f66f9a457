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

    // ------------------------------------------------------------------ for the other contexts (spaces, certificate)

    /** The participant record linked to an account of the structure (not anonymised). */
    public Optional<LinkedParticipant> linkedParticipant(long userAccountId, long structureId) {
        return rows(em.createNativeQuery("""
                select p.id, p.first_name, s.name from participant p join structure s on s.id = p.structure_id
                where p.user_account_id = :u and p.structure_id = :s and p.anonymised = false""")
                .setParameter("u", userAccountId).setParameter("s", structureId)).stream()
                .map(r -> new LinkedParticipant(num(r[0]), (String) r[1], (String) r[2])).findFirst();
    }

    /** The participant's active pathway, else their latest one. */
    public Optional<CurrentPathway> currentPathway(long participantId) {
        return rows(em.createNativeQuery("""
                select pw.id, pw.entry_date, sup.display_name from pathway pw
                left join user_account sup on sup.id = pw.supervisor_id
                where pw.participant_id = :p
                order by case when pw.status = 'ACTIVE' then 0 else 1 end, pw.entry_date desc""")
                .setParameter("p", participantId).setMaxResults(1)).stream()
                .map(r -> new CurrentPathway(num(r[0]), date(r[1]), (String) r[2])).findFirst();
    }

    /** The contracts of a pathway in date order (dates, kind and hours only). */
    public List<ContractLine> contractLines(long pathwayId) {
        return rows(pathwayId, """
                select kind, start_date, planned_end, weekly_hours from contract where pathway_id = :pw order by start_date""")
                .stream().map(r -> new ContractLine(ContractKind.valueOf((String) r[0]), date(r[1]), date(r[2]),
                        (BigDecimal) r[3])).toList();
    }

    /** The next interview of a pathway from {@code today}, or null. */
    public LocalDate nextInterview(long pathwayId, LocalDate today) {
        return date(em.createNativeQuery("select min(held_on) from interview where pathway_id = :pw and held_on >= :today")
                .setParameter("pw", pathwayId).setParameter("today", today).getSingleResult());
    }

    /** The pathways assigned to a referent (any structure), active first. */
    public List<AssignedPathway> assignedTo(long referentId, int max) {
        return rows(em.createNativeQuery("""
                select pw.id, concat(pa.first_name, ' ', pa.last_name), s.name, pw.entry_date, pw.status,
                       (select max(c.planned_end) from contract c where c.pathway_id = pw.id), max(ra.consent_recorded_on)
                from referent_assignment ra
                join pathway pw on pw.id = ra.pathway_id
                join participant pa on pa.id = pw.participant_id
                join structure s on s.id = pw.structure_id
                where ra.referent_id = :u and ra.removed_at is null
                group by pw.id, pa.first_name, pa.last_name, s.name, pw.entry_date, pw.status
                order by case when pw.status = 'ACTIVE' then 0 else 1 end, pa.last_name, pa.first_name""")
                .setParameter("u", referentId).setMaxResults(max)).stream()
                .map(r -> new AssignedPathway(num(r[0]), (String) r[1], (String) r[2], date(r[3]),
                        PathwayStatus.valueOf((String) r[4]), date(r[5]), date(r[6]))).toList();
    }

    /** The referent's current assignment to the pathway, if any. */
    public Optional<Assignment> assignment(long pathwayId, long referentId) {
        return rows(em.createNativeQuery("""
                select ra.consent_recorded_on, ra.barriers_consent from referent_assignment ra
                where ra.pathway_id = :pw and ra.referent_id = :u and ra.removed_at is null
                order by ra.assigned_at desc""")
                .setParameter("pw", pathwayId).setParameter("u", referentId).setMaxResults(1)).stream()
                .map(r -> new Assignment(date(r[0]), bool(r[1]))).findFirst();
    }

    /** The head of a pathway (participant, structure, dates), whatever its structure: the caller has checked access. */
    public PathwayHead head(long pathwayId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select pw.participant_id, concat(pa.first_name, ' ', pa.last_name), s.name, s.city, pw.entry_date,
                       pw.status, pw.structure_id
                from pathway pw join participant pa on pa.id = pw.participant_id join structure s on s.id = pw.structure_id
                where pw.id = :pw""").setParameter("pw", pathwayId).getSingleResult();
        return new PathwayHead(pathwayId, num(r[0]), (String) r[1], num(r[6]), (String) r[2], (String) r[3], date(r[4]),
                PathwayStatus.valueOf((String) r[5]));
    }

    /** Dates and kinds of the interviews held (never their content). */
    public List<InterviewLine> interviewLines(long pathwayId) {
        return rows(pathwayId, """
                select held_on, kind from interview where pathway_id = :pw and held_on <= current_date order by held_on""")
                .stream().map(r -> new InterviewLine(date(r[0]), InterviewKind.valueOf((String) r[1]))).toList();
    }

    /** Immersions: host, dates, objective, outcome (never the notes). */
    public List<ImmersionLine> immersionLines(long pathwayId) {
        return rows(pathwayId, """
                select host_name, start_date, end_date, objective, outcome from immersion where pathway_id = :pw
                order by start_date""").stream().map(r -> new ImmersionLine((String) r[0], date(r[1]),
                date(r[2]), ImmersionObjective.valueOf((String) r[3]),
                r[4] == null ? null : ImmersionOutcome.valueOf((String) r[4]))).toList();
    }

    public List<TrainingLine> trainingLines(long pathwayId) {
        return rows(pathwayId, """
                select kind, title, organisation, start_date, end_date, hours, certificate_date, expires_on
                from training where pathway_id = :pw order by coalesce(start_date, certificate_date)""")
                .stream().map(r -> new TrainingLine(TrainingKind.valueOf((String) r[0]), (String) r[1], (String) r[2],
                        date(r[3]), date(r[4]), (BigDecimal) r[5], date(r[6]), date(r[7]))).toList();
    }

    public ExitLine exitLine(long pathwayId) {
        return rows(pathwayId, "select exit_date, motive, category from pathway_exit where pathway_id = :pw")
                .stream().findFirst().map(r -> new ExitLine(date(r[0]), ExitMotive.valueOf((String) r[1]),
                        ExitCategory.valueOf((String) r[2]))).orElse(null);
    }

    /** Barriers as category and status, never the sensitive ones (health, disability, justice). */
    public List<BarrierLine> sharedBarriers(long pathwayId) {
        return rows(pathwayId, """
                select category, status from barrier where pathway_id = :pw and is_sensitive = false
                order by identified_on""").stream()
                .map(r -> new BarrierLine(BarrierCategory.valueOf((String) r[0]), BarrierStatus.valueOf((String) r[1])))
                .filter(b -> !b.category().isSensitive())
                .toList();
    }

    /** What a certificate states of a pathway of the structure: participant, entry and exit; empty if not of it. */
    public Optional<CertifiedPathway> certifiedPathway(long structureId, long pathwayId) {
        return rows(em.createNativeQuery("""
                select p.participant_id, p.entry_date, pa.first_name, pa.last_name,
                       s.name, s.address, s.city, s.signatory_name, s.signatory_role, e.exit_date
                from pathway p
                join participant pa on pa.id = p.participant_id
                join structure s on s.id = p.structure_id
                left join pathway_exit e on e.pathway_id = p.id
                where p.id = ?1 and p.structure_id = ?2""")
                .setParameter(1, pathwayId).setParameter(2, structureId)).stream()
                .map(h -> new CertifiedPathway(num(h[0]), date(h[1]), (String) h[2], (String) h[3], (String) h[4],
                        (String) h[5], (String) h[6], (String) h[7], (String) h[8], date(h[9]))).findFirst();
    }

    /** The participant of a pathway of the structure. */
    public Optional<Long> participantOf(long structureId, long pathwayId) {
        return ((List<?>) em.createNativeQuery("select participant_id from pathway where id = ?1 and structure_id = ?2")
                .setParameter(1, pathwayId).setParameter(2, structureId).getResultList()).stream()
                .map(Rows::num).findFirst();
    }

    /** The latest SST certificate (date, expiry) of the participant in the structure, across their stays. */
    public Optional<LocalDate[]> latestSst(long participantId, long structureId) {
        return rows(em.createNativeQuery("""
                select t.certificate_date, t.expires_on from training t join pathway p on p.id = t.pathway_id
                where p.participant_id = ?1 and t.structure_id = ?2 and t.kind in ('SST_INITIAL','SST_MAC')
                  and t.certificate_date is not null
                order by t.certificate_date desc""")
                .setParameter(1, participantId).setParameter(2, structureId).setMaxResults(1)).stream()
                .map(r -> new LocalDate[] {date(r[0]), date(r[1])}).findFirst();
    }

    // ------------------------------------------------------------------ participants, for the other contexts

    /** Participants of the structure (not anonymised) whose name contains {@code search}, by name. */
    public List<ParticipantName> participantNames(long structureId, String search, int max) {
        String like = "%" + (search == null ? "" : search.strip()) + "%";
        return rows(em.createNativeQuery("""
                select p.id, concat(p.first_name, ' ', p.last_name) from participant p
                where p.structure_id = :s and p.anonymised = false
                  and concat(p.first_name, ' ', p.last_name) like :q
                order by p.last_name, p.first_name""")
                .setParameter("s", structureId).setParameter("q", like).setMaxResults(max)).stream()
                .map(r -> new ParticipantName(num(r[0]), (String) r[1])).toList();
    }

    /** The participants of the structure among {@code ids}, by name. */
    public List<ParticipantName> participantNames(long structureId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("""
                select p.id, concat(p.first_name, ' ', p.last_name) from participant p
                where p.structure_id = :s and p.id in (:ids) order by p.last_name, p.first_name""")
                .setParameter("s", structureId).setParameter("ids", ids)).stream()
                .map(r -> new ParticipantName(num(r[0]), (String) r[1])).toList();
    }

    /** Which of {@code ids} are participants of the structure. */
    public Set<Long> ownParticipants(long structureId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return ((List<?>) em.createNativeQuery("select p.id from participant p where p.structure_id = :s and p.id in (:ids)")
                .setParameter("s", structureId).setParameter("ids", ids).getResultList()).stream()
                .map(Rows::num).collect(Collectors.toSet());
    }

    /** The participant record linked to an account of the structure. */
    public Optional<Long> participantOfAccount(long userAccountId, long structureId) {
        return ((List<?>) em.createNativeQuery(
                        "select p.id from participant p where p.user_account_id = :u and p.structure_id = :s")
                .setParameter("u", userAccountId).setParameter("s", structureId).getResultList()).stream()
                .map(Rows::num).findFirst();
    }

    /** Whose a participant record is: its structure, its account and its name (any structure: the caller decides). */
    public Optional<ParticipantAccess> participantAccess(long participantId) {
        return rows(em.createNativeQuery("""
                select p.structure_id, p.user_account_id, concat(p.first_name, ' ', p.last_name)
                from participant p where p.id = :id""").setParameter("id", participantId)).stream()
                .map(r -> new ParticipantAccess(participantId, num(r[0]), numOrNull(r[1]), (String) r[2])).findFirst();
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
}
