package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.pathway.Participant;
import fr.sillon.domain.pathway.ParticipantAnonymised;
import fr.sillon.domain.pathway.RetentionRules;
import fr.sillon.ejb.access.AuditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Anonymises, every night, the participants whose last pathway ended more than 24 months ago
 * ({@link RetentionRules}), by batches so that one transaction stays small. Interview notes and summaries, barrier
 * details and actions are erased with them; contracts, exits and dates stay for the statistics. The other contexts
 * are told ({@link ParticipantAnonymised}) and erase what they hold (certificates: {@code CertificateRetention}).
 */
@Stateless
public class PathwayRetentionJob {
    private static final Logger LOG = Logger.getLogger(PathwayRetentionJob.class.getName());
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditService audit;
    @Inject
    Event<ParticipantAnonymised> anonymised;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "anonymisation des parcours")
    void nightly() {
        LocalDate today = LocalDate.now();
        if (!claimRun("retention", today)) {
            LOG.fine("Anonymisation du jour déjà faite (ou en cours) par un autre nœud");
            return;
        }
        int n = anonymise(today, null);
        if (n > 0) {
            LOG.info(() -> n + " personne(s) anonymisée(s) (fin de parcours depuis plus de 24 mois)");
        }
    }

    /**
     * One node per day runs the job (every node's timer fires): the row of the run is inserted in the job's own
     * transaction; another node's insert waits for it and is ignored once it commits, or goes through (and that node
     * runs the job) if the first node died and its transaction rolled back. On Galera the loser's certification fails
     * and its retry finds the row.
     */
    boolean claimRun(String job, LocalDate day) {
        return em.createNativeQuery("insert ignore into job_run (job, run_on, node) values (?1, ?2, ?3)")
                .setParameter(1, job).setParameter(2, day)
                .setParameter(3, System.getProperty("jboss.node.name", "local")).executeUpdate() == 1;
    }

    /** Runs the anonymisation now (one batch), for all structures or one; returns how many people were anonymised. */
    @RolesAllowed(ADMIN)
    public int anonymiseExpired(LocalDate today, Long structureId) {
        return anonymise(today, structureId);
    }

    private int anonymise(LocalDate today, Long structureId) {
        List<Participant> due = em.createQuery("""
                        select p from Participant p
                        where p.anonymised = false and (:s is null or p.structureId = :s)
                          and not exists (select 1 from Pathway pw where pw.participant = p
                                          and pw.status = fr.sillon.domain.pathway.PathwayStatus.ACTIVE)
                          and (select max(e.exitDate) from PathwayExit e where e.pathway.participant = p) <= :limit
                        order by p.id""", Participant.class)
                .setParameter("s", structureId)
                .setParameter("limit", RetentionRules.lastExitUpTo(today))
                .setMaxResults(BATCH).getResultList();
        for (Participant p : due) {
            em.createQuery("update Interview i set i.privateNotes = null, i.summary = null"
                            + " where i.pathway in (select pw from Pathway pw where pw.participant = :p)")
                    .setParameter("p", p).executeUpdate();
            em.createQuery("update Barrier b set b.detail = null"
                            + " where b.pathway in (select pw from Pathway pw where pw.participant = :p)")
                    .setParameter("p", p).executeUpdate();
            em.createQuery("delete from BarrierAction a where a.barrier in (select b from Barrier b"
                            + " where b.pathway.participant = :p)")
                    .setParameter("p", p).executeUpdate();
            em.createQuery("delete from InterviewAction a where a.interview in (select i from Interview i"
                            + " where i.pathway.participant = :p)")
                    .setParameter("p", p).executeUpdate();
            p.anonymise();
            anonymised.fire(new ParticipantAnonymised(p.getId(), p.getStructureId()));
            audit.record("system", p.getStructureId(), "PARTICIPANT_ANONYMISE", "Participant", p.getId(),
                    AuditEntry.Outcome.OK, "fin de parcours depuis plus de " + RetentionRules.ACTIVE_BASE_MONTHS + " mois");
        }
        return due.size();
    }
}
