package fr.sillon.ejb.pathway;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.access.AuditEntry;
import fr.sillon.domain.pathway.Anonymisation;
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
        // the end of each pathway over: its exit, else (closed without an exit record) its last contract, else its
        // entry (RetentionRules.pathwayEnd): a pathway without exit is no longer kept for ever (issue 14)
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select p.id from participant p
                        where p.anonymised = false and (?1 is null or p.structure_id = ?1)
                          and exists (select 1 from pathway pw where pw.participant_id = p.id)
                          and not exists (select 1 from pathway pw where pw.participant_id = p.id and pw.status = 'ACTIVE')
                          and (select max(coalesce((select max(e.exit_date) from pathway_exit e where e.pathway_id = pw.id),
                                                   (select max(c.planned_end) from contract c where c.pathway_id = pw.id),
                                                   pw.entry_date))
                               from pathway pw where pw.participant_id = p.id) <= ?2
                        order by p.id""")
                .setParameter(1, structureId).setParameter(2, RetentionRules.lastExitUpTo(today))
                .setMaxResults(BATCH).getResultList();
        List<Participant> due = ids.stream().map(id -> em.find(Participant.class, id.longValue())).toList();
        for (Participant p : due) {
            scrubFreeText(p);
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
            if (p.getUserAccount() != null) {
                anonymiseAccount(p.getUserAccount().getId());
            }
            p.anonymise();
            anonymised.fire(new ParticipantAnonymised(p.getId(), p.getStructureId()));
            audit.record("system", p.getStructureId(), "PARTICIPANT_ANONYMISE", "Participant", p.getId(),
                    AuditEntry.Outcome.OK, "fin de parcours depuis plus de " + RetentionRules.ACTIVE_BASE_MONTHS + " mois");
        }
        return due.size();
    }

    /**
     * Free text that may name the person loses their names (issue 14): observation and validation notes, exit
     * comments, immersion outcomes, suspension notes, the group notes of the task records they took part in, and the
     * details of the audit trail.
     */
    void scrubFreeText(Participant p) {
        String first = p.getFirstName();
        String last = p.getLastName();
        long id = p.getId();
        scrub("observation", "note", 500, "participant_id = ?1", id, first, last);
        scrub("validation", "note", 500, "participant_id = ?1", id, first, last);
        scrub("pathway_exit", "comment", 1000,
                "pathway_id in (select pw.id from pathway pw where pw.participant_id = ?1)", id, first, last);
        scrub("immersion", "outcome_note", 1000,
                "pathway_id in (select pw.id from pathway pw where pw.participant_id = ?1)", id, first, last);
        scrub("task_record", "note", 500,
                "id in (select trp.task_record_id from task_record_participant trp where trp.participant_id = ?1)",
                id, first, last);
        scrub("contract_suspension", "note", 500, "contract_id in (select c.id from contract c join pathway pw"
                + " on pw.id = c.pathway_id where pw.participant_id = ?1)", id, first, last);
        for (String name : new String[] {last, first}) {
            if (name != null && name.trim().length() >= 2) {
                scrub("audit_entry", "detail", 1000, "detail like ?1", "%" + name.trim() + "%", first, last);
            }
        }
    }

    private void scrub(String table, String column, int max, String where, Object param, String first, String last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, " + column + " from " + table + " where " + column
                + " is not null and " + where).setParameter(1, param).getResultList();
        for (Object[] r : rows) {
            String before = (String) r[1];
            String after = Anonymisation.scrub(before, first, last);
            if (!after.equals(before)) {
                em.createNativeQuery("update " + table + " set " + column + " = ?1 where id = ?2")
                        .setParameter(1, after.length() > max ? after.substring(0, max) : after)
                        .setParameter(2, ((Number) r[0]).longValue()).executeUpdate();
            }
        }
    }

    /** The person's own account: no name, no login that says who, no way in (issue 14). */
    void anonymiseAccount(long accountId) {
        Object login = em.createNativeQuery("select login from user_account where id = ?1").setParameter(1, accountId)
                .getSingleResult();
        em.createNativeQuery("update audit_entry set actor_login = ?1 where actor_login = ?2") // a login may be a name
                .setParameter(1, Anonymisation.accountLogin(accountId)).setParameter(2, login).executeUpdate();
        em.createNativeQuery("""
                        update user_account set display_name = ?1, login = ?2, email = null, enabled = false,
                               password_hash = 'ANONYMISED', totp_secret = null, totp_enabled_at = null where id = ?3""")
                .setParameter(1, Anonymisation.ACCOUNT_NAME).setParameter(2, Anonymisation.accountLogin(accountId))
                .setParameter(3, accountId).executeUpdate();
        em.createNativeQuery("update api_token set revoked_at = current_timestamp(6) where user_account_id = ?1"
                + " and revoked_at is null").setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("delete from totp_recovery_code where user_account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
    }
}
