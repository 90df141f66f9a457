package fr.sillon.ejb.pathway;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.assessment.ValidationStatus;
import fr.sillon.domain.pathway.*;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.*;
import fr.sillon.ejb.shared.Page;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CDDI pathways of a structure: participants, contracts, follow-up, immersions, trainings, exits, dashboard alerts
 * and indicators. Transaction and security boundary: every query is scoped to the caller's structure; a record of
 * another structure is answered as not found, and the attempt is audited. Health and justice details (sensitive
 * barriers, RQTH, TH/DETENTION_MJ criteria, the CIP's private notes) are returned to coordinators only.
 */
@Stateless
public class PathwayService {
    public static final int MAX_PAGE_SIZE = Page.MAX_SIZE;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;

    // ------------------------------------------------------------------ participants and pathways

    /** Pathways of the structure (latest first), searched by name, France Travail id or PASS IAE number. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public Page<ParticipantRow> listParticipants(String search, boolean activeOnly, int first, int size) {
        Caller caller = currentCaller.get();
        String where = " where p.structureId = :s"
                + (activeOnly ? " and p.status = fr.sillon.domain.pathway.PathwayStatus.ACTIVE" : "")
                + (search == null || search.isBlank() ? "" : " and (pa.lastName like :q or pa.firstName like :q"
                + " or pa.franceTravailId like :q or pa.passIaeNumber like :q)");
        var rows = em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$ParticipantRow(p.id, pa.id,"
                        + " pa.lastName, pa.firstName, p.entryDate, p.status,"
                        + " (select max(c.plannedEnd) from Contract c where c.pathway = p), sup.displayName)"
                        + " from Pathway p join p.participant pa left join p.supervisor sup" + where
                        + " order by pa.lastName, pa.firstName, p.entryDate desc", ParticipantRow.class)
                .setParameter("s", caller.structure());
        var count = em.createQuery("select count(p) from Pathway p join p.participant pa" + where, Long.class)
                .setParameter("s", caller.structure());
        if (search != null && !search.isBlank()) {
            String q = "%" + search.trim().replace("%", "").replace("_", "") + "%";
            rows.setParameter("q", q);
            count.setParameter("q", q);
        }
        int pageSize = Page.size(size);
        return new Page<>(rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList(),
                count.getSingleResult());
    }

    /** Creates a participant and their pathway; returns the pathway id. */
    @RolesAllowed(COORDINATOR)
    public long createParticipant(NewParticipant data) {
        Caller caller = currentCaller.get();
        long structureId = caller.structure();
        Participant p = new Participant(structureId, data.firstName(), data.lastName());
        apply(p, data);
        em.persist(p);
        Pathway pathway = new Pathway(p, data.entryDate() == null ? LocalDate.now() : data.entryDate());
        pathway.setSupervisor(staffMember(caller, data.supervisorId()));
        pathway.setCoordinator(data.coordinatorId() == null ? em.getReference(UserAccount.class, caller.userId())
                : staffMember(caller, data.coordinatorId()));
        em.persist(pathway);
        em.flush();
        audit.ok(caller, "PATHWAY_CREATE", "Pathway", pathway.getId(), p.getFullName());
        return pathway.getId();
    }

    /**
     * Corrects the identity and the situation of the participant of a pathway (and the entry date).
     *
     * @param participantVersion the version read with {@link #pathway}: someone else's change in between is refused
     */
    @RolesAllowed(COORDINATOR)
    public void updateParticipant(long pathwayId, NewParticipant data, int participantVersion) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "PARTICIPANT_UPDATE");
        Participant p = pw.getParticipant();
        if (p.getVersion() != participantVersion) {
            throw new DomainException("error.optimisticLock");
        }
        p.setName(data.firstName(), data.lastName());
        apply(p, data);
        if (data.entryDate() != null) {
            pw.setEntryDate(data.entryDate());
        }
        audit.ok(caller, "PARTICIPANT_UPDATE", "Participant", p.getId(), null);
    }

    private static void apply(Participant p, NewParticipant data) {
        p.setBirthDate(data.birthDate());
        p.setEmail(blankToNull(data.email()));
        p.setPhone(blankToNull(data.phone()));
        p.setAddress(blankToNull(data.address()));
        p.setPostalCode(blankToNull(data.postalCode()));
        p.setCity(blankToNull(data.city()));
        p.setEducationLevel(data.educationLevel());
        p.setFranceTravailId(blankToNull(data.franceTravailId()));
        p.setPassIae(blankToNull(data.passIaeNumber()), data.passIaeStart(), data.passIaeEnd());
        p.setPrescriber(data.prescriberKind(), blankToNull(data.prescriberName()));
        p.setCriteria(data.criteria());
        p.setRqth(data.rqth());
    }

    /** Opens a new pathway (a new stay) for a participant whose previous pathways are all closed. */
    @RolesAllowed(COORDINATOR)
    public long reopenPathway(long previousPathwayId, LocalDate entryDate) {
        Caller caller = currentCaller.get();
        Pathway previous = pathwayOf(caller, previousPathwayId, "PATHWAY_REOPEN");
        Long active = em.createQuery("select count(p) from Pathway p where p.participant = :pa"
                        + " and p.status = fr.sillon.domain.pathway.PathwayStatus.ACTIVE", Long.class)
                .setParameter("pa", previous.getParticipant()).getSingleResult();
        if (active > 0) {
            throw new DomainException("pathway.pathway.activeExists");
        }
        Pathway pathway = new Pathway(previous.getParticipant(), entryDate);
        pathway.setSupervisor(previous.getSupervisor());
        pathway.setCoordinator(previous.getCoordinator());
        em.persist(pathway);
        em.flush();
        return pathway.getId();
    }

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public PathwayDetail pathway(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "PATHWAY_READ");
        Participant p = pw.getParticipant();
        boolean sensitive = caller.is(Role.COORDINATOR);
        Set<EligibilityCriterion> criteria = p.getCriteria();
        if (!sensitive) {
            criteria.removeIf(EligibilityCriterion::isSensitive);
        }
        return new PathwayDetail(pw.getId(), p.getId(), p.getFirstName(), p.getLastName(), p.getBirthDate(),
                p.getEmail(), p.getPhone(), p.getAddress(), p.getPostalCode(), p.getCity(), p.getEducationLevel(),
                p.getFranceTravailId(), p.getPassIaeNumber(), p.getPassIaeStart(), p.getPassIaeEnd(),
                p.getPrescriberKind(), p.getPrescriberName(), criteria, sensitive ? p.isRqth() : null,
                pw.getEntryDate(), pw.getStatus(),
                pw.getSupervisor() == null ? null : pw.getSupervisor().getDisplayName(),
                pw.getCoordinator() == null ? null : pw.getCoordinator().getDisplayName(), sensitive, p.getVersion());
    }

    /**
     * Links the participant of a pathway to their login (an account of role PARTICIPANT of the same structure), so that
     * the participant space shows them their own progress.
     */
    @RolesAllowed(COORDINATOR)
    public void linkParticipantAccount(long pathwayId, long userAccountId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "PARTICIPANT_LINK");
        UserAccount u = em.find(UserAccount.class, userAccountId);
        if (u == null || u.getRole() != Role.PARTICIPANT || u.getStructure() == null
                || !u.getStructure().getId().equals(caller.structure())) {
            throw new DomainException("pathway.participant.accountNotParticipant");
        }
        Long taken = em.createQuery("select count(p) from Participant p where p.userAccount = :u and p <> :p", Long.class)
                .setParameter("u", u).setParameter("p", pw.getParticipant()).getSingleResult();
        if (taken > 0) {
            throw new DomainException("pathway.participant.accountTaken");
        }
        pw.getParticipant().setUserAccount(u);
        audit.ok(caller, "PARTICIPANT_LINK", "Participant", pw.getParticipant().getId(), u.getLogin());
    }

    /** Changes the supervisor (team leader) and the coordinator (CIP) following the pathway. */
    @RolesAllowed(COORDINATOR)
    public void assignStaff(long pathwayId, Long supervisorId, Long coordinatorId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "PATHWAY_ASSIGN");
        pw.setSupervisor(staffMember(caller, supervisorId));
        pw.setCoordinator(staffMember(caller, coordinatorId));
    }

    /** Staff accounts of the structure (supervisors and coordinators) to choose from. */
    @RolesAllowed(COORDINATOR)
    public List<StaffMember> staff() {
        Caller caller = currentCaller.get();
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$StaffMember(u.id, u.displayName)"
                        + " from UserAccount u where u.structure.id = :s and u.enabled = true"
                        + " and u.role in (fr.sillon.domain.access.Role.SUPERVISOR, fr.sillon.domain.access.Role.COORDINATOR)"
                        + " order by u.displayName", StaffMember.class)
                .setParameter("s", caller.structure()).getResultList();
    }

    // ------------------------------------------------------------------ contracts

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<ContractView> contracts(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "CONTRACT_READ");
        return em.createQuery("select c from Contract c where c.pathway = :p order by c.startDate", Contract.class)
                .setParameter("p", pw).getResultStream()
                .map(c -> new ContractView(c.getId(), c.getKind(), c.getStartDate(), c.getPlannedEnd(),
                        c.getWeeklyHours(), c.getException(), c.getTrainingEnd(), c.isHoursDerogation(),
                        c.getDerogationReference()))
                .toList();
    }

    /**
     * Records the initial CDDI or a renewal (the first contract of a pathway is the initial one), after checking the
     * CDDI rules against the contracts already signed. Two coordinators renewing at once: the second one fails on
     * the pathway's version.
     */
    @RolesAllowed(COORDINATOR)
    public long addContract(long pathwayId, ContractRequest request) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "CONTRACT_ADD");
        pw.requireActive();
        em.lock(pw, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<CddiRules.Term> existing = em.createQuery("select c from Contract c where c.pathway = :p", Contract.class)
                .setParameter("p", pw).getResultStream().map(Contract::toTerm).toList();
        CddiRules.Term term = new CddiRules.Term(existing.isEmpty() ? ContractKind.INITIAL : ContractKind.RENEWAL,
                request.start(), request.plannedEnd(), request.weeklyHours(), request.exception(),
                request.trainingEnd(), request.hoursDerogation(), request.derogationReference());
        CddiRules.checkNew(existing, term, pw.getParticipant().facts());
        Contract contract = new Contract(pw, term, caller.login());
        em.persist(contract);
        em.flush();
        audit.ok(caller, term.kind() == ContractKind.INITIAL ? "CONTRACT_ADD" : "CONTRACT_RENEW", "Contract",
                contract.getId(), term.start() + " → " + term.plannedEnd() + " (" + term.exception() + ")");
        return contract.getId();
    }

    // ------------------------------------------------------------------ interviews

    /** Interviews, latest first; the private notes are given to coordinators only. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<InterviewView> interviews(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "INTERVIEW_READ");
        boolean notes = caller.is(Role.COORDINATOR);
        List<Interview> list = em.createQuery("select distinct i from Interview i join fetch i.author"
                        + " left join fetch i.actions where i.pathway = :p order by i.heldOn desc, i.id desc", Interview.class)
                .setParameter("p", pw).getResultList();
        return list.stream().map(i -> new InterviewView(i.getId(), i.getKind(), i.getHeldOn(),
                        i.getAuthor().getDisplayName(), i.getSummary(), notes ? i.getPrivateNotes() : null,
                        i.getActions().stream().map(a -> new ActionView(a.getId(), a.getLabel(), a.getDueDate(),
                                a.getStatus())).toList()))
                .toList();
    }

    @RolesAllowed(COORDINATOR)
    public long addInterview(long pathwayId, InterviewKind kind, LocalDate heldOn, String summary,
                             String privateNotes, List<NewAction> actions) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "INTERVIEW_ADD");
        pw.requireActive();
        Interview i = new Interview(pw, kind, heldOn, em.getReference(UserAccount.class, caller.userId()));
        i.setSummary(blankToNull(summary));
        i.setPrivateNotes(blankToNull(privateNotes));
        if (actions != null) {
            actions.stream().filter(a -> a.label() != null && !a.label().isBlank())
                    .forEach(a -> i.addAction(a.label().trim(), a.dueDate()));
        }
        em.persist(i);
        em.flush();
        audit.ok(caller, "INTERVIEW_ADD", "Interview", i.getId(), kind.name());
        return i.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void setInterviewActionStatus(long actionId, ActionStatus status) {
        Caller caller = currentCaller.get();
        InterviewAction a = guard.owned(caller, InterviewAction.class, actionId, x -> x.getInterview().getStructureId(), "INTERVIEW_ACTION_UPDATE");
        a.setStatus(status);
    }

    // ------------------------------------------------------------------ barriers

    /**
     * Barriers of the pathway. For anyone but a coordinator, a sensitive barrier (health, disability, justice) only
     * says that a confidential barrier exists, with its status: no category, no detail, no actions.
     */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<BarrierView> barriers(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "BARRIER_READ");
        boolean coordinator = caller.is(Role.COORDINATOR);
        List<Barrier> list = em.createQuery("select distinct b from Barrier b left join fetch b.actions"
                        + " where b.pathway = :p order by b.identifiedOn, b.id", Barrier.class)
                .setParameter("p", pw).getResultList();
        return list.stream().map(b -> toView(b, coordinator)).toList();
    }

    static BarrierView toView(Barrier b, boolean coordinator) {
        boolean hidden = b.isSensitive() && !coordinator;
        return new BarrierView(b.getId(), hidden ? null : b.getCategory(), b.getStatus(), b.isSensitive(), hidden,
                hidden ? null : b.getDetail(), b.getIdentifiedOn(), b.getLiftedOn(),
                hidden ? List.of() : b.getActions().stream().map(a -> new ActionView(a.getId(), a.getLabel(),
                        a.getDueDate(), a.getStatus())).toList());
    }

    @RolesAllowed(COORDINATOR)
    public long addBarrier(long pathwayId, BarrierCategory category, LocalDate identifiedOn, String detail,
                           List<NewAction> actions) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "BARRIER_ADD");
        pw.requireActive();
        Barrier b = new Barrier(pw, category, identifiedOn == null ? LocalDate.now() : identifiedOn, blankToNull(detail));
        if (actions != null) {
            actions.stream().filter(a -> a.label() != null && !a.label().isBlank())
                    .forEach(a -> b.addAction(a.label().trim(), a.dueDate()));
        }
        em.persist(b);
        em.flush();
        audit.ok(caller, "BARRIER_ADD", "Barrier", b.getId(), b.isSensitive() ? "sensible" : category.name());
        return b.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void changeBarrierStatus(long barrierId, BarrierStatus status, LocalDate on) {
        Caller caller = currentCaller.get();
        Barrier b = guard.owned(caller, Barrier.class, barrierId, Barrier::getStructureId, "BARRIER_UPDATE");
        b.changeStatus(status, on == null ? LocalDate.now() : on);
    }

    @RolesAllowed(COORDINATOR)
    public void setBarrierActionStatus(long actionId, ActionStatus status) {
        Caller caller = currentCaller.get();
        BarrierAction a = guard.owned(caller, BarrierAction.class, actionId, x -> x.getBarrier().getStructureId(), "BARRIER_ACTION_UPDATE");
        a.setStatus(status);
    }

    // ------------------------------------------------------------------ immersions (PMSMP)

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<ImmersionView> immersions(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "IMMERSION_READ");
        return em.createQuery("select i from Immersion i where i.pathway = :p order by i.startDate", Immersion.class)
                .setParameter("p", pw).getResultStream()
                .map(i -> new ImmersionView(i.getId(), i.getHostName(), i.getHostSiret(), i.getStartDate(),
                        i.getEndDate(), i.getObjective(), i.getObjectiveDetail(), i.getOutcome(), i.getOutcomeNote(),
                        i.getRenewalOfId()))
                .toList();
    }

    /** Records a PMSMP convention (or the renewal of one) after checking the PMSMP rules on all the person's PMSMP. */
    @RolesAllowed(COORDINATOR)
    public long addImmersion(long pathwayId, ImmersionRequest request) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "IMMERSION_ADD");
        pw.requireActive();
        em.lock(pw, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        // the 12-month limits per host follow the person, across their stays
        List<PmsmpRules.Convention> existing = em.createQuery("select i from Immersion i"
                        + " where i.pathway.participant = :pa and i.structureId = :s", Immersion.class)
                .setParameter("pa", pw.getParticipant()).setParameter("s", caller.structure())
                .getResultStream().map(Immersion::toConvention).toList();
        Immersion immersion = new Immersion(pw, request.hostName(), request.hostSiret(), request.start(),
                request.end(), request.objective(), request.renewalOfId());
        immersion.setObjectiveDetail(blankToNull(request.objectiveDetail()));
        PmsmpRules.checkNew(existing, immersion.toConvention());
        em.persist(immersion);
        em.flush();
        audit.ok(caller, "IMMERSION_ADD", "Immersion", immersion.getId(), request.hostName());
        return immersion.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void recordImmersionOutcome(long immersionId, ImmersionOutcome outcome, String note) {
        Caller caller = currentCaller.get();
        Immersion i = guard.owned(caller, Immersion.class, immersionId, Immersion::getStructureId, "IMMERSION_OUTCOME");
        i.recordOutcome(outcome, blankToNull(note));
    }

    // ------------------------------------------------------------------ trainings

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TrainingView> trainings(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "TRAINING_READ");
        List<Training> list = em.createQuery("select distinct t from Training t left join fetch t.cleaResults"
                        + " where t.pathway = :p", Training.class)
                .setParameter("p", pw).getResultList();
        return list.stream()
                .sorted(Comparator.comparing(PathwayService::trainingDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new TrainingView(t.getId(), t.getKind(), t.getTitle(), t.getOrganisation(), t.getStartDate(),
                        t.getEndDate(), t.getHours(), t.getCertificateDate(), t.getExpiresOn(), t.getCertificateRef(),
                        t.getCleaResults()))
                .toList();
    }

    @RolesAllowed(COORDINATOR)
    public long addTraining(long pathwayId, TrainingRequest request) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "TRAINING_ADD");
        pw.requireActive();
        Training t = new Training(pw, request.kind(), blankToNull(request.title()), request.start(), request.end(),
                request.hours(), request.certificateDate());
        t.setOrganisation(blankToNull(request.organisation()));
        t.setCertificateRef(blankToNull(request.certificateRef()));
        t.setCleaResults(request.cleaResults());
        em.persist(t);
        em.flush();
        audit.ok(caller, "TRAINING_ADD", "Training", t.getId(), request.kind().name());
        return t.getId();
    }

    // ------------------------------------------------------------------ exit

    /** The exit of the pathway, or null while it is running. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public ExitView exit(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "EXIT_READ");
        return em.createQuery("select e from PathwayExit e where e.pathway = :p", PathwayExit.class)
                .setParameter("p", pw).getResultStream().findFirst()
                .map(e -> new ExitView(e.getExitDate(), e.getMotive(), e.getAspCode(), e.getCategory(), e.getComment()))
                .orElse(null);
    }

    /** Records the exit (ASP motive; the category is computed and stored) and closes the pathway. */
    @RolesAllowed(COORDINATOR)
    public void recordExit(long pathwayId, LocalDate exitDate, ExitMotive motive, String comment) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "EXIT_RECORD");
        pw.markExited();
        PathwayExit exit = new PathwayExit(pw, exitDate, motive, blankToNull(comment), caller.login());
        em.persist(exit);
        em.flush();
        audit.ok(caller, "EXIT_RECORD", "Pathway", pw.getId(), motive.aspCode() + " " + motive.category());
    }

    // ------------------------------------------------------------------ timeline

    /** Everything that happened in the pathway, in date order. */
    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TimelineEvent> timeline(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "TIMELINE_READ");
        boolean coordinator = caller.is(Role.COORDINATOR);
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(pw.getEntryDate(), TimelineKind.ENTRY, null));
        for (ContractView c : contracts(pathwayId)) {
            events.add(new TimelineEvent(c.start(), c.kind() == ContractKind.INITIAL ? TimelineKind.CONTRACT
                    : TimelineKind.RENEWAL, Periods.fr(c.start()) + " → " + Periods.fr(c.plannedEnd()) + " · "
                    + c.weeklyHours().stripTrailingZeros().toPlainString() + " h/sem."));
        }
        em.createQuery("select i.heldOn, i.kind from Interview i where i.pathway = :p", Object[].class)
                .setParameter("p", pw).getResultList()
                .forEach(r -> events.add(new TimelineEvent((LocalDate) r[0], TimelineKind.INTERVIEW, ((InterviewKind) r[1]).name())));
        em.createQuery("select b.identifiedOn, b.category, b.sensitive from Barrier b where b.pathway = :p", Object[].class)
                .setParameter("p", pw).getResultList()
                .forEach(r -> events.add(new TimelineEvent((LocalDate) r[0], TimelineKind.BARRIER,
                        (Boolean) r[2] && !coordinator ? null : ((BarrierCategory) r[1]).name())));
        em.createQuery("select i.startDate, i.endDate, i.hostName from Immersion i where i.pathway = :p", Object[].class)
                .setParameter("p", pw).getResultList()
                .forEach(r -> events.add(new TimelineEvent((LocalDate) r[0], TimelineKind.IMMERSION,
                        r[2] + " · " + Periods.fr((LocalDate) r[0]) + " → " + Periods.fr((LocalDate) r[1]))));
        em.createQuery("select t from Training t where t.pathway = :p", Training.class)
                .setParameter("p", pw).getResultList()
                .forEach(t -> events.add(new TimelineEvent(trainingDate(t), TimelineKind.TRAINING,
                        t.getKind().label() + (t.getTitle() == null ? "" : " · " + t.getTitle())
                                + (t.getExpiresOn() == null ? "" : " · valide jusqu'au " + Periods.fr(t.getExpiresOn())))));
        em.createQuery("select v.decidedAt, c.code, c.title from Validation v, Competency c where c.id = v.competencyId"
                        + " and v.participantId = :pa and v.structureId = :s and v.status = :st and v.decidedAt >= :from",
                        Object[].class)
                .setParameter("pa", pw.getParticipant().getId()).setParameter("s", caller.structure())
                .setParameter("st", ValidationStatus.VALIDATED).setParameter("from", pw.getEntryDate().atStartOfDay())
                .getResultList()
                .forEach(r -> events.add(new TimelineEvent(((LocalDateTime) r[0]).toLocalDate(), TimelineKind.VALIDATION,
                        r[1] + " · " + r[2])));
        ExitView exit = exit(pathwayId);
        if (exit != null) {
            events.add(new TimelineEvent(exit.exitDate(), TimelineKind.EXIT, exit.motive().label()));
        }
        events.removeIf(e -> e.date() == null);
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind));
        return events;
    }

    private static LocalDate trainingDate(Training t) {
        return t.getCertificateDate() != null ? t.getCertificateDate()
                : t.getEndDate() != null ? t.getEndDate() : t.getStartDate();
    }

    // ------------------------------------------------------------------ dashboard

    /**
     * Alerts of the structure's active pathways on {@code today}. SQL narrows the pathways to those with something
     * due (a contract, SST or PASS IAE ending in the windows, or no interview for 6 weeks) and gathers, per pathway,
     * the dates the rules need in one query; {@link PathwayAlerts} decides.
     */
    @RolesAllowed(COORDINATOR)
    public List<PathwayAlerts.Alert> alerts(LocalDate today) {
        Caller caller = currentCaller.get();
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
                                         where i.pathway = p and i.heldOn >= :interviewThreshold)))
                        """, Object[].class)
                .setParameter("s", caller.structure())
                .setParameter("today", today)
                .setParameter("contractHorizon", today.plusDays(Math.max(PathwayAlerts.CONTRACT_LATER_DAYS,
                        PathwayAlerts.RENEWAL_DECISION_DAYS)))
                .setParameter("sstHorizon", today.plusDays(PathwayAlerts.SST_DAYS))
                .setParameter("passHorizon", today.plusDays(PathwayAlerts.PASS_IAE_DAYS))
                .setParameter("interviewThreshold", PathwayAlerts.interviewThreshold(today))
                .getResultList();
        List<PathwayAlerts.Snapshot> snapshots = rows.stream().map(r -> new PathwayAlerts.Snapshot((Long) r[0],
                r[1] + " " + r[2], (LocalDate) r[3], (LocalDate) r[5], (LocalDate) r[6], (LocalDate) r[7],
                (LocalDate) r[4], (LocalDate) r[8])).toList();
        return PathwayAlerts.compute(today, snapshots);
    }

    // ------------------------------------------------------------------ indicators

    /** Figures of the structure for [from, to], computed in SQL (aggregates), for the funders' review. */
    @RolesAllowed(COORDINATOR)
    public PathwayIndicators indicators(LocalDate from, LocalDate to) {
        Caller caller = currentCaller.get();
        long s = caller.structure();
        if (to.isBefore(from)) {
            throw new DomainException("pathway.indicators.period");
        }
        long employed = em.createQuery("select count(distinct p.participant) from Contract c join c.pathway p"
                        + " where c.structureId = :s and c.startDate <= :to and c.plannedEnd >= :from"
                        + " and not exists (select 1 from PathwayExit e where e.pathway = p and e.exitDate < :from)", Long.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
        long entries = em.createQuery("select count(p) from Pathway p where p.structureId = :s"
                        + " and p.entryDate between :from and :to", Long.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
        Map<ExitCategory, Long> exits = new EnumMap<>(ExitCategory.class);
        em.createQuery("select e.category, count(e) from PathwayExit e where e.structureId = :s"
                        + " and e.exitDate between :from and :to group by e.category", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> exits.put((ExitCategory) r[0], (Long) r[1]));
        // contractual hours: weekly hours × days under contract in the period (cut at the exit date) / 7
        BigDecimal contractHours = BigDecimal.ZERO;
        for (Object[] r : em.createQuery("select c.kind, c.startDate, c.plannedEnd, c.weeklyHours, e.exitDate"
                        + " from Contract c join c.pathway p left join PathwayExit e on e.pathway = p"
                        + " where c.structureId = :s and c.startDate <= :to and c.plannedEnd >= :from", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList()) {
            LocalDate end = (LocalDate) r[2];
            if (r[4] != null && ((LocalDate) r[4]).isBefore(end)) {
                end = (LocalDate) r[4];
            }
            if (!end.isBefore((LocalDate) r[1])) {
                contractHours = contractHours.add(CddiRules.plannedHours(new CddiRules.Term((ContractKind) r[0],
                        (LocalDate) r[1], end, (BigDecimal) r[3], null, null, false, null), from, to));
            }
        }
        BigDecimal trainingHours = em.createQuery("select coalesce(sum(t.hours), 0) from Training t"
                        + " where t.structureId = :s and coalesce(t.endDate, t.certificateDate, t.startDate) between :from and :to",
                        BigDecimal.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
        long validated = em.createQuery("select count(v) from Validation v where v.structureId = :s and v.status = :st"
                        + " and v.decidedAt >= :from and v.decidedAt < :after", Long.class)
                .setParameter("s", s).setParameter("st", ValidationStatus.VALIDATED)
                .setParameter("from", from.atStartOfDay()).setParameter("after", to.plusDays(1).atStartOfDay())
                .getSingleResult();
        return new PathwayIndicators(from, to, employed, entries, exits, contractHours, trainingHours, validated);
    }

    @RolesAllowed(COORDINATOR)
    public byte[] indicatorsCsv(LocalDate from, LocalDate to) {
        return IndicatorsExport.csv(indicators(from, to));
    }

    @RolesAllowed(COORDINATOR)
    public byte[] indicatorsXlsx(LocalDate from, LocalDate to) {
        return IndicatorsExport.xlsx(indicators(from, to));
    }

    // ------------------------------------------------------------------ referents

    @RolesAllowed(COORDINATOR)
    public List<ReferentView> referents(long pathwayId) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "REFERENT_READ");
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$ReferentView(r.id, u.id, u.displayName,"
                        + " po.name, r.consentRecordedOn, r.barriersConsent, case when r.removedAt is null then true else false end)"
                        + " from ReferentAssignment r join r.referent u left join u.partnerOrganisation po"
                        + " where r.pathway = :p order by r.assignedAt", ReferentView.class)
                .setParameter("p", pw).getResultList();
    }

    /** Referent accounts (partner organisations) that can be assigned. */
    @RolesAllowed(COORDINATOR)
    public List<StaffMember> referentAccounts() {
        currentCaller.get();
        return em.createQuery("select new fr.sillon.ejb.pathway.PathwayViews$StaffMember(u.id,"
                        + " concat(u.displayName, coalesce(concat(' — ', po.name), '')))"
                        + " from UserAccount u left join u.partnerOrganisation po"
                        + " where u.role = fr.sillon.domain.access.Role.REFERENT and u.enabled = true"
                        + " order by u.displayName", StaffMember.class)
                .setMaxResults(MAX_PAGE_SIZE).getResultList();
    }

    /** Assigns a partner referent to the pathway, once the person's consent is recorded. */
    @RolesAllowed(COORDINATOR)
    public long assignReferent(long pathwayId, long referentId, LocalDate consentRecordedOn, boolean barriersConsent) {
        Caller caller = currentCaller.get();
        Pathway pw = pathwayOf(caller, pathwayId, "REFERENT_ASSIGN");
        if (consentRecordedOn == null) {
            throw new DomainException("pathway.referent.consentRequired");
        }
        UserAccount referent = em.find(UserAccount.class, referentId);
        if (referent == null || referent.getRole() != Role.REFERENT || !referent.isEnabled()) {
            throw new DomainException("pathway.referent.notReferent");
        }
        ReferentAssignment a = new ReferentAssignment(pw, referent, consentRecordedOn, barriersConsent, caller.login());
        em.persist(a);
        em.flush();
        audit.ok(caller, "REFERENT_ASSIGN", "Pathway", pw.getId(), referent.getLogin());
        return a.getId();
    }

    @RolesAllowed(COORDINATOR)
    public void removeReferent(long assignmentId) {
        Caller caller = currentCaller.get();
        ReferentAssignment a = guard.owned(caller, ReferentAssignment.class, assignmentId, x -> x.getPathway().getStructureId(), "REFERENT_REMOVE");
        a.remove(LocalDateTime.now());
        audit.ok(caller, "REFERENT_REMOVE", "Pathway", a.getPathway().getId(), a.getReferent().getLogin());
    }

    // ------------------------------------------------------------------ helpers

    /** The pathway if it belongs to the caller's structure; otherwise audited and answered as not found. */
    private Pathway pathwayOf(Caller caller, long pathwayId, String action) {
        return guard.owned(caller, Pathway.class, pathwayId, Pathway::getStructureId, action);
    }

    /** A supervisor or coordinator account of the caller's structure (null stays null). */
    private UserAccount staffMember(Caller caller, Long userId) {
        if (userId == null) {
            return null;
        }
        UserAccount u = em.find(UserAccount.class, userId);
        if (u == null || u.getStructure() == null || !u.getStructure().getId().equals(caller.structure())
                || !(u.getRole() == Role.SUPERVISOR || u.getRole() == Role.COORDINATOR)) {
            throw new DomainException("pathway.user.notStaff");
        }
        return u;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
