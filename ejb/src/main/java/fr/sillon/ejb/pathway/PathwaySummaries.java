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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * What the other contexts read of the pathway context — the participant and referent spaces, certificates, activity
 * and assessment: participants of a structure, the pathway of an account, the lines of a pathway a referent may see,
 * what a certificate states. With {@link PathwayQueries} (the reads of the pathway services), the only places that
 * query the pathway tables. The callers have checked the caller's access.
 */
@Dependent
public class PathwaySummaries {
    @PersistenceContext
    EntityManager em;

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

    /** The current assignments of a pathway (every referent following it), the widest consent first. */
    public List<Assignment> assignments(long pathwayId) {
        return rows(em.createNativeQuery("""
                select ra.consent_recorded_on, ra.barriers_consent from referent_assignment ra
                where ra.pathway_id = :pw and ra.removed_at is null
                order by ra.barriers_consent desc, ra.assigned_at desc""").setParameter("pw", pathwayId)).stream()
                .map(r -> new Assignment(date(r[0]), bool(r[1]))).toList();
    }

    /**
     * The one consent rule of what leaves the structure about a person's barriers: category and status only, only
     * under an assignment whose consent covers barriers, never the sensitive ones (health, justice, disability). The
     * referent's summary and the Département's RSA sheet both read it.
     */
    public List<BarrierLine> barriersSharedUnder(Assignment assignment, long pathwayId) {
        return assignment.barriersConsent() ? sharedBarriers(pathwayId) : List.of();
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

    /**
     * Locks the rows of these participants (in id order, by the primary key: no gap is locked) until the transaction
     * ends, so that the writers of one participant's evidence queue one after the other.
     */
    public void lockParticipants(Collection<Long> ids) {
        Set<Long> sorted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!sorted.isEmpty()) {
            em.createNativeQuery("select p.id from participant p where p.id in (:ids) order by p.id for update")
                    .setParameter("ids", sorted).getResultList();
        }
    }

    /** The structure a pathway belongs to, whoever asks: to show that structure a refused attempt on it. */
    public Optional<Long> structureOfPathway(long pathwayId) {
        return ((List<?>) em.createNativeQuery("select structure_id from pathway where id = :id")
                .setParameter("id", pathwayId).getResultList()).stream().map(Rows::num).findFirst();
    }

    /** The structures of these participants, whoever asks: to show them a refused attempt on their people. */
    public Set<Long> structuresOfParticipants(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new java.util.HashSet<>();
        }
        return ((List<?>) em.createNativeQuery("select distinct p.structure_id from participant p where p.id in (:ids)")
                .setParameter("ids", ids).getResultList()).stream()
                .map(Rows::num).collect(Collectors.toCollection(java.util.HashSet::new));
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

    // ------------------------------------------------------------------ lists of the other contexts

    /** A pathway of a list of another context: its participant's name, its entry and its exit (null if none). */
    public record ListedPathway(long pathwayId, long participantId, String participantName, LocalDate entryDate,
                                LocalDate exitDate) {
    }

    /** A page of the structure's pathways whose participant's name contains {@code search}, latest entry first. */
    public Page<ListedPathway> pathways(long structureId, String search, int first, int max) {
        String like = "%" + (search == null ? "" : search.strip()) + "%";
        String from = """
                from pathway p join participant pa on pa.id = p.participant_id
                left join pathway_exit e on e.pathway_id = p.id
                where p.structure_id = ?1 and concat(pa.first_name, ' ', pa.last_name) like ?2""";
        long total = num(em.createNativeQuery("select count(*) " + from)
                .setParameter(1, structureId).setParameter(2, like).getSingleResult());
        List<ListedPathway> page = rows(em.createNativeQuery(
                        "select p.id, pa.id, concat(pa.first_name, ' ', pa.last_name), p.entry_date, e.exit_date "
                        + from + " order by p.entry_date desc, p.id desc")
                .setParameter(1, structureId).setParameter(2, like)
                .setFirstResult(Math.max(0, first)).setMaxResults(max)).stream()
                .map(r -> new ListedPathway(num(r[0]), num(r[1]), (String) r[2], date(r[3]), date(r[4]))).toList();
        return new Page<>(page, total);
    }

    /** The pathways of the structure that exited between {@code from} and {@code to}, by exit date. */
    public List<Long> exitedBetween(long structureId, LocalDate from, LocalDate to) {
        return ((List<?>) em.createNativeQuery("""
                select e.pathway_id from pathway_exit e
                where e.structure_id = ?1 and e.exit_date between ?2 and ?3 order by e.exit_date, e.pathway_id""")
                .setParameter(1, structureId).setParameter(2, from).setParameter(3, to).getResultList()).stream()
                .map(Rows::num).toList();
    }

    /** The name of the participant linked to each account of the structure that has one (account id → name). */
    public Map<Long, String> participantNamesByAccount(long structureId) {
        return rows(em.createNativeQuery("""
                select p.user_account_id, concat(p.first_name, ' ', p.last_name) from participant p
                where p.structure_id = :s and p.user_account_id is not null""").setParameter("s", structureId))
                .stream().collect(Collectors.toMap(r -> num(r[0]), r -> (String) r[1], (a, b) -> a));
    }

    /*
     * SQL for the lists of other contexts that search, filter or page on pathway data in the same query as their own
     * tables (certificates, decisions, proposals, the audit trail): written here, so that the pathway tables are
     * named in this package only; each takes the SQL expression (column or parameter) it is about.
     */

    /** SQL: the name « first last » of the participant whose id is {@code participantId}. */
    public static String participantNameSql(String participantId) {
        return "(select concat(pn.first_name, ' ', pn.last_name) from participant pn where pn.id = " + participantId
                + ")";
    }

    /** SQL, for an {@code order by}: the participant's last name, then first name. */
    public static String participantSortSql(String participantId) {
        return "(select pn.last_name from participant pn where pn.id = " + participantId + "), "
                + "(select pn.first_name from participant pn where pn.id = " + participantId + ")";
    }

    /** SQL: the ids of the participant records linked to the account {@code userAccountId}. */
    public static String participantsOfAccountSql(String userAccountId) {
        return "(select pn.id from participant pn where pn.user_account_id = " + userAccountId + ")";
    }

    /** SQL: the ids of the pathways currently assigned to the referent {@code referentId}. */
    public static String pathwaysOfReferentSql(String referentId) {
        return "(select ra.pathway_id from referent_assignment ra where ra.referent_id = " + referentId
                + " and ra.removed_at is null)";
    }

    /** SQL: the ids, as text (as audit entries name their target), of the pathways of the structure. */
    public static String pathwayIdsAsTextSql(String structureId) {
        return "(select cast(pw.id as char character set utf8mb4) collate utf8mb4_unicode_ci from pathway pw"
                + " where pw.structure_id = " + structureId + ")";
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private List<Object[]> rows(long pathwayId, String sql) {
        return rows(em.createNativeQuery(sql).setParameter("pw", pathwayId));
    }
}
