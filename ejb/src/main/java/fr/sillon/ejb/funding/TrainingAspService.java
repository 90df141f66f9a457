package fr.sillon.ejb.funding;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;

import fr.sillon.domain.funding.AspTrainingObjective;
import fr.sillon.domain.funding.AspTrainingType;
import fr.sillon.domain.funding.TrainingAsp;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.funding.FundingViews.TrainingRow;
import fr.sillon.ejb.pathway.FundingPathwayQueries;
import fr.sillon.ejb.shared.TenantGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ASP objective and type of the pathways' trainings (the ASP's training transmission, issue 19 item 2). */
@Stateless
public class TrainingAspService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    FundingPathwayQueries periods;
    @Inject
    TenantGuard guard;
    @Inject
    AuditService audit;

    /** The trainings of {@code year} of the caller's structure, with their ASP objective and type. */
    @RolesAllowed(COORDINATOR)
    public List<TrainingRow> trainings(int year) {
        Caller caller = currentCaller.get();
        FundingYears.check(year);
        return rows(em, periods, caller.structure(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Sets (or clears, with nulls) the ASP objective and type of a training of the caller's structure. */
    @RolesAllowed(COORDINATOR)
    public void setAsp(long trainingId, AspTrainingObjective objective, AspTrainingType type) {
        Caller caller = currentCaller.get();
        long s = periods.trainingStructure(trainingId).filter(x -> x == caller.structure())
                .orElseThrow(() -> guard.refuse(caller, "FUNDING_TRAINING_ASP_WRITE", "Training", trainingId));
        TrainingAsp t = em.find(TrainingAsp.class, trainingId);
        if (t == null) {
            t = new TrainingAsp(s, trainingId);
            em.persist(t);
        }
        t.set(objective, type);
        audit.ok(caller, "FUNDING_TRAINING_ASP_WRITE", "Training", trainingId, (objective == null ? "-" : objective.name())
                + " / " + (type == null ? "-" : type.name()));
    }

    static List<TrainingRow> rows(EntityManager em, FundingPathwayQueries periods, long s, LocalDate from, LocalDate to) {
        var trainings = periods.fundingTrainings(s, from, to);
        Map<Long, TrainingAsp> asp = new HashMap<>();
        if (!trainings.isEmpty()) {
            em.createQuery("select t from TrainingAsp t where t.structureId = :s and t.trainingId in :ids", TrainingAsp.class)
                    .setParameter("s", s).setParameter("ids", trainings.stream().map(x -> x.trainingId()).toList())
                    .getResultList().forEach(t -> asp.put(t.getTrainingId(), t));
        }
        return trainings.stream().map(t -> {
            TrainingAsp a = asp.get(t.trainingId());
            return new TrainingRow(t.trainingId(), t.pathwayId(), t.name(), t.titleOrKind(), t.start(), t.end(), t.hours(),
                    a == null ? null : a.getObjective(), a == null ? null : a.getType());
        }).toList();
    }
}
