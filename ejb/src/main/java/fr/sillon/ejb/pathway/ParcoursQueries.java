package fr.sillon.ejb.pathway;

import fr.sillon.domain.pathway.*;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        em.createQuery("select s from ContractSuspension s where s.structureId = :s and s.participantId in :ids",
                        ContractSuspension.class).setParameter("s", structureId).setParameter("ids", participantIds)
                .getResultStream().forEach(s -> suspensions.computeIfAbsent(s.getParticipantId(), k -> new ArrayList<>())
                        .add(s.toSuspension()));
        return new WorkingDayData(names, contracts, suspensions);
    }
}
