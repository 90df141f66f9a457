package fr.sillon.ejb.assessment;

import fr.sillon.domain.assessment.ValidationRule;
import fr.sillon.ejb.pathway.PathwaySummaries;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read model {@code criterion_progress} (migration V130): per participant × criterion, the counts the validation
 * policy reads, the last level and date, whether a decision validated or declined it, and whether it is ready for
 * validation. The one writer of that table: called by the observation and decision use cases in their own transaction
 * (so the queue is always what {@link PolicyQuery}'s former scan of the history answered), by the structure's policy
 * settings, and by the demo loader after its scripts ({@link #REBUILD}). Every statement reads one participant's
 * observations of the given criteria through {@code ix_observation_progress}: its cost does not grow with the
 * structure's history.
 */
@Dependent
public class CriterionProgress {
    @PersistenceContext
    EntityManager em;
    @Inject
    PathwaySummaries summaries;

    /**
     * Recomputes the rows from the observations; {@code %2$s} is the scope on {@code observation o}, {@code %1$s} an
     * index hint for it (or nothing).
     */
    static final String INSERT_SQL = """
            insert into criterion_progress (participant_id, competency_id, structure_id, n_effective, n_ok, days_ok,
                                            latest_rank, last_observed, last_recorded, validated, last_declined_at)
            select e.participant_id, e.competency_id, max(e.structure_id), count(*),
                   sum(case when e.level_rank >= sc.acquired_rank then 1 else 0 end),
                   count(distinct case when e.level_rank >= sc.acquired_rank then e.observed_on end),
                   max(case when e.rn = 1 then e.level_rank end), max(e.observed_on), max(e.created_at),
                   exists (select 1 from validation v where v.participant_id = e.participant_id
                           and v.competency_id = e.competency_id and v.status = 'VALIDATED'),
                   (select max(v.decided_at) from validation v where v.participant_id = e.participant_id
                           and v.competency_id = e.competency_id and v.status = 'DECLINED')
            from (select o.structure_id, o.participant_id, o.competency_id, o.level_rank, o.observed_on, o.created_at,
                         row_number() over (partition by o.participant_id, o.competency_id
                                            order by o.observed_on desc, o.created_at desc, o.id desc) as rn
                  from observation o %1$s
                  where %2$s and o.level_rank > 0
                    and not exists (select 1 from observation x where x.supersedes_id = o.id)) e
            join competency c on c.id = e.competency_id
            join framework f on f.id = c.framework_id
            join scale sc on sc.id = f.scale_id
            group by e.participant_id, e.competency_id""";

    /** The decisions of the rows in scope ({@code %s} on {@code criterion_progress cp}). */
    static final String DECISIONS_SQL = """
            update criterion_progress cp
            set cp.validated = exists (select 1 from validation v where v.participant_id = cp.participant_id
                                       and v.competency_id = cp.competency_id and v.status = 'VALIDATED'),
                cp.last_declined_at = (select max(v.decided_at) from validation v where v.participant_id = cp.participant_id
                                       and v.competency_id = cp.competency_id and v.status = 'DECLINED')
            where %s""";

    /**
     * The framework's policy applied to the rows in scope ({@code %5$s} on {@code criterion_progress cp}, {@code %1$s} an
     * index hint for it or nothing).
     */
    static final String READY_SQL = """
            update criterion_progress cp %1$s
            join competency c on c.id = cp.competency_id
            join framework f on f.id = c.framework_id
            join scale sc on sc.id = f.scale_id
            left join validation_policy vp on vp.framework_id = f.id
            set cp.ready = (cp.n_ok >= coalesce(vp.min_observations, %2$d) and cp.days_ok >= coalesce(vp.min_distinct_days, %3$d)
                            and (coalesce(vp.latest_at_or_above, %4$s) = false or cp.latest_rank >= sc.acquired_rank)
                            and not cp.validated
                            and (cp.last_declined_at is null or cp.last_declined_at < cp.last_recorded))
            where %5$s""";

    private static String ready(String hint, String scope) {
        ValidationRule d = ValidationRule.DEFAULT;
        return READY_SQL.formatted(hint, d.minObservations(), d.minDistinctDays(), d.latestAtOrAbove(), scope);
    }

    /** The statements, for bulk loaders (the demo loader, the network generator); {@code scope} as above. */
    public static String insertSql(String scope) {
        return INSERT_SQL.formatted("", scope);
    }

    public static String decisionsSql(String scope) {
        return DECISIONS_SQL.formatted(scope);
    }

    public static String readySql(String scope) {
        return ready("", scope);
    }

    /** The whole read model rebuilt from the history (demo loader, generator): statements to run in order. */
    public static final List<String> REBUILD = List.of("delete from criterion_progress",
            INSERT_SQL.formatted("", "1 = 1"), ready("", "1 = 1"));

    /**
     * Before observations or corrections of {@code participants} are written: those participants locked, so that two
     * transactions on the same people (two devices rating them at once) queue here. Locking the rows of this table
     * instead deadlocked under 20 concurrent batches: a pair without a row yet can only be locked as a gap, which the
     * holder's own insert then waits for; and each batch's new observations met the other's recomputation.
     */
    public void lock(Collection<Long> participants) {
        summaries.lockParticipants(participants);
    }

    /**
     * After observations or corrections of {@code participants} on {@code competencies} (flushed here): their rows
     * recomputed from their observations. Three statements whatever the number of pairs (the cross product of both
     * sets is recomputed: harmless, every row is computed from the truth).
     */
    public void observed(Collection<Long> participants, Collection<Long> competencies) {
        if (participants.isEmpty() || competencies.isEmpty()) {
            return;
        }
        em.flush();
        Set<Long> p = new TreeSet<>(participants);
        Set<Long> c = new TreeSet<>(competencies);
        // by the participants' indexes whatever the size of the tables: a scan (the optimizer's choice on small
        // tables) would lock every row it reads, other participants' too, and deadlock with their writers
        em.createNativeQuery("""
                        delete cp from criterion_progress cp force index (primary)
                        where cp.participant_id in (:p) and cp.competency_id in (:c)""")
                .setParameter("p", p).setParameter("c", c).executeUpdate();
        em.createNativeQuery(INSERT_SQL.formatted("force index (ix_observation_progress)",
                        "o.participant_id in (:p) and o.competency_id in (:c)"))
                .setParameter("p", p).setParameter("c", c).executeUpdate();
        em.createNativeQuery(ready("force index (primary)", "cp.participant_id in (:p) and cp.competency_id in (:c)"))
                .setParameter("p", p).setParameter("c", c).executeUpdate();
    }

    /** After a decision (validated, declined, revoked) on one criterion of one participant (flushed here). */
    public void decided(long participantId, long competencyId) {
        em.flush();
        String scope = "cp.participant_id = :p and cp.competency_id = :c";
        em.createNativeQuery(DECISIONS_SQL.formatted(scope))
                .setParameter("p", participantId).setParameter("c", competencyId).executeUpdate();
        em.createNativeQuery(ready("", scope))
                .setParameter("p", participantId).setParameter("c", competencyId).executeUpdate();
    }

    /** After a change of a framework's validation policy (flushed here): its rows' readiness. */
    public void policyChanged(long frameworkId) {
        em.flush();
        em.createNativeQuery(ready("", "c.framework_id = :f")).setParameter("f", frameworkId).executeUpdate();
    }
}
