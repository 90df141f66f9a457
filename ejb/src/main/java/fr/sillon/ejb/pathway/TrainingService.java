package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.COORDINATOR;
import static fr.sillon.ejb.shared.Roles.SUPERVISOR;
import static fr.sillon.ejb.shared.Text.blankToNull;

import fr.sillon.domain.pathway.Pathway;
import fr.sillon.domain.pathway.Training;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.pathway.PathwayViews.TrainingRequest;
import fr.sillon.ejb.pathway.PathwayViews.TrainingView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Trainings of a pathway (SST, CléA and others), with their certificate and CléA results. */
@Stateless
public class TrainingService {
    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    PathwayQueries queries;

    @RolesAllowed({SUPERVISOR, COORDINATOR})
    public List<TrainingView> trainings(long pathwayId) {
        Pathway pw = queries.pathway(currentCaller.get(), pathwayId, "TRAINING_READ");
        return queries.trainings(pw, true).stream()
                .map(t -> new TrainingView(t.getId(), t.getKind(), t.getTitle(), t.getOrganisation(), t.getStartDate(),
                        t.getEndDate(), t.getHours(), t.getCertificateDate(), t.getExpiresOn(), t.getCertificateRef(),
                        t.getCleaResults()))
                .toList();
    }

    @RolesAllowed(COORDINATOR)
    public long addTraining(long pathwayId, TrainingRequest request) {
        Caller caller = currentCaller.get();
        Pathway pw = queries.pathway(caller, pathwayId, "TRAINING_ADD");
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
}
