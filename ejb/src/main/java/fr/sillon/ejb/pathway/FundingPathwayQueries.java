package fr.sillon.ejb.pathway;

import fr.sillon.domain.pathway.*;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads of the pathway tables that the funders' reports need (issue 19): people under contract in a period,
 * their contracts cut at the exit, exits, barriers, interviews and immersions of the period. Part of the pathway
 * context (the only one that queries its tables, see {@link PathwayQueries}); it checks nothing about the caller, the
 * funding services do, with {@link PathwayQueries#pathway} for a single pathway.
 */
@Dependent
public class FundingPathwayQueries {
    @PersistenceContext
    EntityManager em;

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

    /** A training of a pathway, as the ASP's training transmission sees it. */
    public record FundingTraining(long trainingId, long pathwayId, String lastName, String firstName, TrainingKind kind,
                                  String title, LocalDate start, LocalDate end, BigDecimal hours) {
        public String name() { return lastName + " " + firstName; }
        public String titleOrKind() { return title == null || title.isBlank() ? kind.label() : title; }
    }

    /** Pathways of the structure with a contract overlapping [from, to] and no exit before {@code from}, by name. */
    public List<FundingPerson> fundingPeople(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.FundingPathwayQueries$FundingPerson(p.id, pa.id, pa.lastName,"
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
        Map<Long, Set<EligibilityCriterion>> out = new HashMap<>();
        if (participantIds.isEmpty()) {
            return out;
        }
        em.createQuery("select pa.id, c from Participant pa join pa.criteria c where pa.id in :ids", Object[].class)
                .setParameter("ids", participantIds).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(EligibilityCriterion.class))
                        .add((EligibilityCriterion) r[1]));
        return out;
    }

    /** Contracts of the structure overlapping [from, to], each cut at its pathway's exit date, by pathway id. */
    public Map<Long, List<ContractHours.Span>> contractSpans(long s, LocalDate from, LocalDate to) {
        Map<Long, List<ContractHours.Span>> out = new HashMap<>();
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
                        out.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                                .add(new ContractHours.Span((LocalDate) r[1], end, (BigDecimal) r[3]));
                    }
                });
        return out;
    }

    /** Exits of the structure dated in [from, to], by date. */
    public List<FundingExit> fundingExits(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.FundingPathwayQueries$FundingExit(p.id, pa.lastName,"
                        + " pa.firstName, e.exitDate, e.motive, e.category, e.countedInRates)"
                        + " from PathwayExit e join e.pathway p join p.participant pa"
                        + " where e.structureId = :s and e.exitDate between :from and :to order by e.exitDate, p.id",
                        FundingExit.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Barriers identified up to {@code to} of the pathways under contract in [from, to]. */
    public List<FundingBarrier> fundingBarriers(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.FundingPathwayQueries$FundingBarrier(b.id, p.id, b.category,"
                        + " b.status, b.identifiedOn, p.entryDate) from Barrier b join b.pathway p"
                        + " where b.structureId = :s and b.identifiedOn <= :to"
                        + " and not exists (select 1 from PathwayExit e where e.pathway = p and e.exitDate < :from)"
                        + " and exists (select 1 from Contract c where c.pathway = p and c.startDate <= :to"
                        + " and c.plannedEnd >= :from) order by b.id", FundingBarrier.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
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
        Map<Long, Long> out = new HashMap<>();
        em.createQuery("select i.pathway.id, count(i) from Interview i where i.structureId = :s"
                        + " and i.heldOn between :from and :to group by i.pathway.id", Object[].class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /** Immersions of the structure overlapping [from, to]. */
    public List<FundingImmersion> fundingImmersions(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.FundingPathwayQueries$FundingImmersion(i.pathway.id,"
                        + " i.hostName, i.startDate, i.endDate, i.outcome) from Immersion i"
                        + " where i.structureId = :s and i.startDate <= :to and i.endDate >= :from order by i.startDate",
                        FundingImmersion.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Trainings of the structure's pathways that overlap [from, to] (or undated with a certificate in it), by person and start. */
    public List<FundingTraining> fundingTrainings(long s, LocalDate from, LocalDate to) {
        return em.createQuery("select new fr.sillon.ejb.pathway.FundingPathwayQueries$FundingTraining(t.id, p.id,"
                        + " pa.lastName, pa.firstName, t.kind, t.title, t.startDate, t.endDate, t.hours)"
                        + " from Training t join t.pathway p join p.participant pa where t.structureId = :s"
                        + " and coalesce(t.startDate, t.certificateDate) <= :to"
                        + " and coalesce(t.endDate, t.startDate, t.certificateDate) >= :from"
                        + " order by pa.lastName, pa.firstName, t.startDate, t.id", FundingTraining.class)
                .setParameter("s", s).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The structure that holds a training, if it exists. */
    public java.util.Optional<Long> trainingStructure(long trainingId) {
        return em.createQuery("select t.structureId from Training t where t.id = :t", Long.class)
                .setParameter("t", trainingId).getResultStream().findFirst();
    }
}
