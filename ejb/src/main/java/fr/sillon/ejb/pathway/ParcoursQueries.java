package fr.sillon.ejb.pathway;

import fr.sillon.domain.pathway.*;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The data the IAE rules need, read once per use case: the parcours of a stay (all the person's stays in the
 * structure), the suspensions and the derogations of a person, the contract periods of participants (for the
 * working-day check of observations, task presences and validations). Plain helper over the caller's
 * EntityManager: every query is narrowed to one structure.
 */
public final class ParcoursQueries {
    private ParcoursQueries() {
    }

    /** Suspensions of the person's contracts in the structure, by start. */
    public static List<SuspensionRules.Suspension> suspensions(EntityManager em, long structureId, long participantId) {
        return em.createQuery("select s from ContractSuspension s where s.structureId = :s and s.participantId = :p"
                        + " order by s.startDate", ContractSuspension.class)
                .setParameter("s", structureId).setParameter("p", participantId).getResultStream()
                .map(ContractSuspension::toSuspension).toList();
    }

    /** The préfet's derogations below 20 h recorded for the person (all stays). */
    public static List<HoursDerogationRules.Period> derogations(EntityManager em, Pathway pathway) {
        return em.createQuery("select d from HoursDerogation d where d.pathway.participant = :p and d.structureId = :s",
                        HoursDerogation.class)
                .setParameter("p", pathway.getParticipant()).setParameter("s", pathway.getStructureId())
                .getResultStream().map(HoursDerogation::toPeriod).toList();
    }

    /** The parcours the stay belongs to: its stays up to and including this one, with the suspensions. */
    public static Parcours parcours(EntityManager em, Pathway pathway) {
        List<Pathway> stays = em.createQuery("select p from Pathway p where p.participant = :pa and p.structureId = :s"
                        + " and p.entryDate <= :entry order by p.entryDate, p.id", Pathway.class)
                .setParameter("pa", pathway.getParticipant()).setParameter("s", pathway.getStructureId())
                .setParameter("entry", pathway.getEntryDate()).getResultList();
        Map<Long, List<CddiRules.Term>> contracts = new HashMap<>();
        em.createQuery("select c from Contract c where c.pathway in :p", Contract.class).setParameter("p", stays)
                .getResultStream().forEach(c -> contracts.computeIfAbsent(c.getPathway().getId(), k -> new ArrayList<>())
                        .add(c.toTerm()));
        Map<Long, LocalDate> exits = new HashMap<>();
        em.createQuery("select e.pathway.id, e.exitDate from PathwayExit e where e.pathway in :p", Object[].class)
                .setParameter("p", stays).getResultStream().forEach(r -> exits.put((Long) r[0], (LocalDate) r[1]));
        List<Parcours.Stay> list = new ArrayList<>();
        for (Pathway p : stays) {
            if (!p.getId().equals(pathway.getId()) && p.getEntryDate().equals(pathway.getEntryDate())
                    && p.getId() > pathway.getId()) {
                continue;
            }
            list.add(new Parcours.Stay(p.getEntryDate(), exits.get(p.getId()), p.isNewParcoursDecided(),
                    contracts.getOrDefault(p.getId(), List.of())));
        }
        return Parcours.of(list, suspensions(em, pathway.getStructureId(), pathway.getParticipant().getId()));
    }

    /**
     * {@link #parcours(EntityManager, Pathway)} of several stays of the structure at once (the stays, their contracts
     * and exits in three queries; the suspensions given, as read by the caller for the same participants).
     */
    static Map<Long, Parcours> parcours(EntityManager em, long structureId, List<Long> pathwayIds,
                                        Map<Long, List<SuspensionRules.Suspension>> suspensionsOf,
                                        Map<Long, Long> participantOf) {
        Map<Long, Parcours> out = new HashMap<>();
        if (pathwayIds.isEmpty()) {
            return out;
        }
        Set<Long> people = new HashSet<>();
        pathwayIds.forEach(id -> people.add(participantOf.get(id)));
        List<Pathway> all = em.createQuery("select p from Pathway p where p.participant.id in :pa and p.structureId = :s"
                        + " order by p.entryDate, p.id", Pathway.class)
                .setParameter("pa", people).setParameter("s", structureId).getResultList();
        Map<Long, List<CddiRules.Term>> contracts = new HashMap<>();
        em.createQuery("select c from Contract c where c.pathway in :p", Contract.class).setParameter("p", all)
                .getResultStream().forEach(c -> contracts.computeIfAbsent(c.getPathway().getId(), k -> new ArrayList<>())
                        .add(c.toTerm()));
        Map<Long, LocalDate> exits = new HashMap<>();
        em.createQuery("select e.pathway.id, e.exitDate from PathwayExit e where e.pathway in :p", Object[].class)
                .setParameter("p", all).getResultStream().forEach(r -> exits.put((Long) r[0], (LocalDate) r[1]));
        Map<Long, Pathway> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.getId(), p));
        for (Long id : pathwayIds) {
            Pathway pathway = byId.get(id);
            if (pathway == null) {
                continue;
            }
            List<Parcours.Stay> list = new ArrayList<>();
            for (Pathway p : all) { // same order and rule as the query of parcours(em, pathway)
                if (!p.getParticipant().getId().equals(pathway.getParticipant().getId())
                        || p.getEntryDate().isAfter(pathway.getEntryDate())) {
                    continue;
                }
                if (!p.getId().equals(pathway.getId()) && p.getEntryDate().equals(pathway.getEntryDate())
                        && p.getId() > pathway.getId()) {
                    continue;
                }
                list.add(new Parcours.Stay(p.getEntryDate(), exits.get(p.getId()), p.isNewParcoursDecided(),
                        contracts.getOrDefault(p.getId(), List.of())));
            }
            List<SuspensionRules.Suspension> susp = new ArrayList<>(
                    suspensionsOf.getOrDefault(pathway.getParticipant().getId(), List.of()));
            susp.sort(java.util.Comparator.comparing(SuspensionRules.Suspension::start));
            out.put(id, Parcours.of(list, susp));
        }
        return out;
    }

    /** The CDDI rules' context of a stay. */
    public static CddiRules.Context context(EntityManager em, Pathway pathway) {
        return new CddiRules.Context(parcours(em, pathway), derogations(em, pathway), settings());
    }

    /**
     * The structure's settings that are not law: {@code SILLON_PROLONGATION_STEP_MONTHS} (or the system property
     * {@code sillon.prolongation.stepMonths}) caps each 50+/RQTH prolongation decision; 0 means no cap; default 12.
     */
    public static CddiRules.Settings settings() {
        String v = System.getProperty("sillon.prolongation.stepMonths",
                System.getenv().getOrDefault("SILLON_PROLONGATION_STEP_MONTHS", ""));
        if (v.isBlank()) {
            return CddiRules.Settings.DEFAULT;
        }
        try {
            int months = Integer.parseInt(v.trim());
            return new CddiRules.Settings(months <= 0 ? null : months);
        } catch (NumberFormatException e) {
            return CddiRules.Settings.DEFAULT;
        }
    }

    /** What the working-day check knows of some participants of a structure. */
    public record WorkingDayData(Map<Long, String> names, Map<Long, List<WorkingDays.Employment>> contracts,
                                 Map<Long, List<SuspensionRules.Suspension>> suspensions) {
        /** The French reason why {@code day} is not a working day of the participant, or null when it is one. */
        public String refusal(String what, long participantId, LocalDate day) {
            try {
                require(what, participantId, day);
                return null;
            } catch (fr.sillon.domain.DomainException e) {
                return e.getMessage();
            }
        }

        /** Refuses {@code day} unless it is a working day of the participant. */
        public void require(String what, long participantId, LocalDate day) {
            WorkingDays.require(what, names.getOrDefault(participantId, "La personne"), day,
                    contracts.getOrDefault(participantId, List.of()), suspensions.getOrDefault(participantId, List.of()));
        }
    }

    /** Contract periods (cut at the exit of their stay) and suspensions of participants, in three queries. */
    public static WorkingDayData workingDays(EntityManager em, long structureId, Collection<Long> participantIds) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<WorkingDays.Employment>> contracts = new HashMap<>();
        Map<Long, List<SuspensionRules.Suspension>> suspensions = new HashMap<>();
        if (participantIds.isEmpty()) {
            return new WorkingDayData(names, contracts, suspensions);
        }
        em.createQuery("select p.id, p.firstName, p.lastName from Participant p where p.structureId = :s and p.id in :ids",
                        Object[].class).setParameter("s", structureId).setParameter("ids", participantIds)
                .getResultStream().forEach(r -> names.put((Long) r[0], r[1] + " " + r[2]));
        em.createQuery("select p.participant.id, c.startDate, c.plannedEnd, e.exitDate from Contract c join c.pathway p"
                        + " left join PathwayExit e on e.pathway = p"
                        + " where c.structureId = :s and p.participant.id in :ids", Object[].class)
                .setParameter("s", structureId).setParameter("ids", participantIds).getResultStream()
                .forEach(r -> contracts.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new WorkingDays.Employment((LocalDate) r[1], (LocalDate) r[2], (LocalDate) r[3])));
        // the suspensions' own columns only (an entity read loaded each suspended contract too: one query more)
        em.createQuery("select s.participantId, s.contract.id, s.startDate, s.endDate, s.reason from ContractSuspension s"
                        + " where s.structureId = :s and s.participantId in :ids", Object[].class)
                .setParameter("s", structureId).setParameter("ids", participantIds).getResultStream()
                .forEach(r -> suspensions.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new SuspensionRules.Suspension((Long) r[1], (LocalDate) r[2], (LocalDate) r[3],
                                (fr.sillon.domain.pathway.SuspensionReason) r[4])));
        return new WorkingDayData(names, contracts, suspensions);
    }

    /** True when the exit of this stay on {@code exitDate} counts in the rates (3 months worked, {@link ExitRules}). */
    public static boolean exitCountsInRates(EntityManager em, Pathway pathway, LocalDate exitDate) {
        List<CddiRules.Term> contracts = em.createQuery("select c from Contract c where c.pathway = :p", Contract.class)
                .setParameter("p", pathway).getResultStream().map(Contract::toTerm).toList();
        List<SuspensionRules.Suspension> suspended = em.createQuery(
                        "select s from ContractSuspension s where s.contract.pathway = :p", ContractSuspension.class)
                .setParameter("p", pathway).getResultStream().map(ContractSuspension::toSuspension).toList();
        return ExitRules.countsInRates(contracts, suspended, exitDate);
    }

    /** Exits of [from, to] after a stay shorter than the minimum the ASP counts: shown apart in the indicators. */
    public static long shortStayExits(EntityManager em, long structureId, LocalDate from, LocalDate to) {
        return em.createQuery("select count(e) from PathwayExit e where e.structureId = :s and e.countedInRates = false"
                        + " and e.exitDate between :from and :to", Long.class)
                .setParameter("s", structureId).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /**
     * The alert snapshots completed with what issue 13 adds: the PASS IAE end pushed back by suspensions, the 24-month
     * end of the parcours (across stays, pushed back), the end of a derogation below 20 h in force, the day a running
     * suspension reaches 12 months. One query for the suspensions and one for the derogations of all the snapshots;
     * the parcours is read only for the pathways whose contract ends within the renewal-decision window.
     */
    public static List<PathwayAlerts.Snapshot> completeAlerts(EntityManager em, long structureId, LocalDate today,
                                                              List<PathwayAlerts.Snapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return snapshots;
        }
        List<Long> ids = snapshots.stream().map(PathwayAlerts.Snapshot::pathwayId).toList();
        Map<Long, Long> participantOf = new HashMap<>();
        em.createQuery("select p.id, p.participant.id from Pathway p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(r -> participantOf.put((Long) r[0], (Long) r[1]));
        Map<Long, List<SuspensionRules.Suspension>> suspensionsOf = new HashMap<>();
        em.createQuery("select s from ContractSuspension s where s.structureId = :s and s.participantId in :p",
                        ContractSuspension.class).setParameter("s", structureId)
                .setParameter("p", participantOf.values()).getResultStream()
                .forEach(x -> suspensionsOf.computeIfAbsent(x.getParticipantId(), k -> new ArrayList<>()).add(x.toSuspension()));
        Map<Long, LocalDate> derogationEnd = new HashMap<>();
        em.createQuery("select d from HoursDerogation d where d.structureId = :s and d.pathway.id in :ids", HoursDerogation.class)
                .setParameter("s", structureId).setParameter("ids", ids).getResultStream()
                .map(d -> Map.entry(d.getPathway().getId(), d.toPeriod()))
                .filter(e -> !e.getValue().effectiveEnd().isBefore(today) && !e.getValue().start().isAfter(today))
                .forEach(e -> derogationEnd.merge(e.getKey(), e.getValue().effectiveEnd(), (a, b) -> a.isAfter(b) ? a : b));
        // issue 16: the parcours of the pathways whose contract ends within the renewal window, in four queries for all
        List<Long> renewing = snapshots.stream().filter(s -> s.currentContractEnd() != null
                        && !s.currentContractEnd().isBefore(today)
                        && !s.currentContractEnd().isAfter(today.plusDays(PathwayAlerts.RENEWAL_DECISION_DAYS)))
                .map(PathwayAlerts.Snapshot::pathwayId).toList();
        Map<Long, Parcours> parcoursOf = parcours(em, structureId, renewing, suspensionsOf, participantOf);
        List<PathwayAlerts.Snapshot> out = new ArrayList<>();
        for (PathwayAlerts.Snapshot s : snapshots) {
            List<SuspensionRules.Suspension> susp = suspensionsOf.getOrDefault(participantOf.get(s.pathwayId()), List.of());
            LocalDate twelve = susp.stream().filter(x -> !x.end().isBefore(today))
                    .map(x -> x.twelveMonthsReachedOn().orElse(null)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            LocalDate limit24 = null;
            Parcours parcours = parcoursOf.get(s.pathwayId());
            if (parcours != null) {
                limit24 = parcours.limit(CddiRules.MAX_MONTHS);
            }
            out.add(new PathwayAlerts.Snapshot(s.pathwayId(), s.participantName(), s.entryDate(), s.firstContractStart(),
                    s.currentContractEnd(), s.lastInterview(), SuspensionRules.passEnd(s.passIaeEnd(), susp),
                    s.sstValidUntil(), limit24, derogationEnd.get(s.pathwayId()), twelve));
        }
        return out;
    }
}
