package fr.sillon.run;

import fr.sillon.ejb.assessment.CriterionProgress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills a Sillon database (migrated, demo loaded: the demo accounts' password hash is reused) with a synthetic network
 * of structures (issue 16; {@code ./mvnw -Pnetwork package}, README « Network scale »). Everything is generated in the
 * database with multi-row {@code INSERT … SELECT} over MariaDB's sequence tables ({@code seq_0_to_N}), with unique
 * and foreign-key checks off for the session, in one pass per table.
 *
 * <p>Per structure ({@code s001} … ): a coordinator {@code sNNN-coord}, two supervisors {@code sNNN-enc1}/{@code
 * -enc2}, six sites, four teams, {@code participants / structures} participants with an account {@code sNNN-pKKK},
 * entering over the last two years, each with one pathway: a CDDI contract of 130 to 330 days, or an initial contract
 * of 6 months and a renewal (at most 24 months in all, 26 h a week), an interview at entry then every two months and
 * an exit interview, two barriers (one in seven a sensitive health one), a PMSMP for one in three, an exit (real ASP
 * motive and category) when the contract ended. One task record per team and weekday (a catalogue task type whose
 * criteria are observed), the team members under contract present on a share of days computed to reach the
 * requested number of observations, three criteria observed each time (levels around the scale's acquired one),
 * validations of most criteria that meet the policy (with their evidence), some declined; referents {@code refNNN}
 * (France Travail) following one pathway in five across structures. The read model {@code criterion_progress} is
 * computed by the same statements as the application's.
 */
public final class NetworkGenerator {
    private final int structures;
    private final int perStructure;
    private final long observations;
    private final Map<String, Long> base = new LinkedHashMap<>();

    NetworkGenerator(int structures, int participants, long observations) {
        this.structures = Math.max(1, structures);
        this.perStructure = Math.max(4, participants / this.structures);
        this.observations = observations;
    }

    /** Generates into a running database: {@code -Dsillon.db.port} (the embedded one of {@code -Pnetwork}). */
    public static void main(String[] args) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + Integer.getInteger("sillon.db.port", 3307) + "/sillon", "sillon", "sillon")) {
            fromSystem().generate(c);
        }
    }

    static NetworkGenerator fromSystem() {
        return new NetworkGenerator(Integer.getInteger("sillon.network.structures", 500),
                Integer.getInteger("sillon.network.participants", 50_000),
                Long.getLong("sillon.network.observations", 10_000_000L));
    }

    /** Whether the network is already there (the first structure's coordinator exists). */
    static boolean present(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from user_account where login = 's001-coord'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Removes a generated network, complete or not (structures {@code GEN…}, their rows, the referents {@code refNNN}). */
    static void clear(Statement st) throws SQLException {
        String gen = "(select id from structure where code like 'GEN%')";
        st.execute("set session foreign_key_checks = 0");
        st.execute("drop table if exists gen_tt, gen_ttc, gen_p");
        st.execute("delete ve from validation_evidence ve join validation v on v.id = ve.validation_id where v.structure_id in " + gen);
        st.execute("delete tp from task_record_participant tp join task_record t on t.id = tp.task_record_id where t.structure_id in " + gen);
        st.execute("delete m from team_member m join team t on t.id = m.team_id where t.structure_id in " + gen);
        st.execute("delete ra from referent_assignment ra join pathway p on p.id = ra.pathway_id where p.structure_id in " + gen);
        for (String t : new String[] {"criterion_progress", "validation", "observation", "task_record", "team", "site",
                "pathway_exit", "immersion", "barrier", "interview", "contract", "pathway", "participant", "user_account"}) {
            st.execute("delete from " + t + " where structure_id in " + gen);
        }
        st.execute("delete from user_account where role = 'REFERENT' and login regexp '^ref[0-9]{3}$'");
        st.execute("delete from structure where code like 'GEN%'");
        st.execute("set session foreign_key_checks = 1");
    }

    void generate(Connection c) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = c.createStatement()) {
            clear(st);
        }
        say("réseau synthétique : %d structures, %d participants, ~%d observations".formatted(structures,
                structures * perStructure, observations));
        try (Statement st = c.createStatement()) {
            st.execute("set session foreign_key_checks = 0, unique_checks = 0");
            for (String t : new String[] {"structure", "user_account", "participant", "pathway", "contract", "site",
                    "team", "task_record", "interview", "barrier", "immersion", "pathway_exit", "referent_assignment"}) {
                base.put(t, single(st, "select coalesce(max(id), 0) + 1000 from " + t));
            }
            run(st, "drop table if exists gen_tt, gen_ttc, gen_p");
            // the catalogue task types with at least three criteria, numbered; their first three criteria
            run(st, """
                    create table gen_tt as
                    select row_number() over (order by t.id) - 1 as idx, t.id as task_type_id,
                           case coalesce(t.site_kind, 'JARDIN') when 'JARDIN' then 0 when 'PARCELLE' then 1 when 'SERRE' then 2
                             when 'CHANTIER' then 3 when 'ESPACE_VERT' then 4 else 5 end as kind_idx
                    from task_type t where t.structure_id is null and t.active
                      and (select count(*) from task_type_criterion tc where tc.task_type_id = t.id) >= 3""");
            long types = single(st, "select count(*) from gen_tt");
            run(st, """
                    create table gen_ttc (primary key (task_type_id, n)) as
                    select x.task_type_id, x.n, x.competency_id, x.acquired, x.max_rank from (
                      select tc.task_type_id, tc.competency_id, sc.acquired_rank as acquired,
                             (select max(pl.level_rank) from proficiency_level pl where pl.scale_id = sc.id) as max_rank,
                             row_number() over (partition by tc.task_type_id order by tc.competency_id) as n
                      from task_type_criterion tc join gen_tt g on g.task_type_id = tc.task_type_id
                      join competency c on c.id = tc.competency_id join framework f on f.id = c.framework_id
                      join scale sc on sc.id = f.scale_id) x where x.n <= 3""");
            String hash = text(st, "select password_hash from user_account where login = 'coordinatrice'");
            // ---- structures and staff
            timed(st, "structures", """
                    insert into structure (id, code, name, kind, siret, city, signatory_name, signatory_role, active)
                    select ${structure} + s.seq, concat('GEN', lpad(s.seq + 1, 3, '0')),
                           concat('Jardins d''insertion n° ', s.seq + 1), 'ACI', lpad(80000000000000 + s.seq, 14, '0'),
                           elt(1 + s.seq % 6, 'Rennes', 'Nantes', 'Brest', 'Vannes', 'Lorient', 'Quimper'),
                           concat('Direction ', s.seq + 1), 'Directrice', true
                    from seq_0_to_${S1} s""");
            // accounts: per structure a block of 3 + PP ids (coordinator, two supervisors, participants)
            timed(st, "comptes du personnel", """
                    insert into user_account (id, login, password_hash, display_name, role, structure_id)
                    select ${user_account} + s.seq * ${B} + r.seq,
                           concat('s', lpad(s.seq + 1, 3, '0'), elt(1 + r.seq, '-coord', '-enc1', '-enc2')),
                           '${hash}', concat(elt(1 + r.seq, 'Coordinatrice ', 'Encadrant A ', 'Encadrant B '), s.seq + 1),
                           elt(1 + r.seq, 'COORDINATOR', 'SUPERVISOR', 'SUPERVISOR'), ${structure} + s.seq
                    from seq_0_to_${S1} s join seq_0_to_2 r""".replace("${hash}", hash));
            long referents = Math.max(1, structures / 10);
            timed(st, "référents", """
                    insert into user_account (id, login, password_hash, display_name, role, partner_organisation_id)
                    select ${user_account} + ${S} * ${B} + r.seq, concat('ref', lpad(r.seq + 1, 3, '0')), '${hash}',
                           concat('Conseiller France Travail ', r.seq + 1), 'REFERENT',
                           (select min(id) from partner_organisation where kind = 'FT')
                    from seq_0_to_${R1} r""".replace("${hash}", hash).replace("${R1}", String.valueOf(referents - 1)));
            // participants: k-th of structure s enters at day k·730/PP, stays 130 to 700 days
            run(st, """
                    create table gen_p (primary key (pid), key (sid)) as
                    select s.seq as sid, k.seq as k, ${participant} + s.seq * ${PP} + k.seq as pid,
                           curdate() - interval 730 day + interval floor(k.seq * 730 / ${PP}) day as entry,
                           130 + (k.seq * 37 + s.seq * 11) % 571 as dur
                    from seq_0_to_${S1} s join seq_0_to_${PP1} k""");
            run(st, "alter table gen_p add column last_day date, add column exited boolean");
            run(st, "update gen_p set last_day = entry + interval (dur - 1) day, exited = entry + interval (dur - 1) day < curdate()");
            timed(st, "comptes des participants", """
                    insert into user_account (id, login, password_hash, display_name, role, structure_id)
                    select ${user_account} + p.sid * ${B} + 3 + p.k, concat('s', lpad(p.sid + 1, 3, '0'), '-p', lpad(p.k + 1, 3, '0')),
                           '${hash}', concat(elt(1 + p.k % 12, 'Camille', 'Karim', 'Léa', 'Mamadou', 'Sophie', 'Yanis',
                             'Inès', 'Thierry', 'Fatou', 'Julien', 'Aïcha', 'Gwenaël'), ' ', 'N', p.k + 1), 'PARTICIPANT',
                           ${structure} + p.sid
                    from gen_p p""".replace("${hash}", hash));
            timed(st, "participants", """
                    insert into participant (id, structure_id, user_account_id, first_name, last_name, birth_date,
                                             postal_code, city, education_level, pass_iae_start, pass_iae_end,
                                             prescriber_kind, rqth)
                    select p.pid, ${structure} + p.sid, ${user_account} + p.sid * ${B} + 3 + p.k,
                           elt(1 + p.k % 12, 'Camille', 'Karim', 'Léa', 'Mamadou', 'Sophie', 'Yanis', 'Inès', 'Thierry',
                               'Fatou', 'Julien', 'Aïcha', 'Gwenaël'),
                           concat(elt(1 + (p.k * 7 + p.sid) % 15, 'Martin', 'Le Goff', 'Diallo', 'Bernard', 'Nguyen',
                               'Morvan', 'Petit', 'Traoré', 'Le Gall', 'Moreau', 'Benali', 'Guillou', 'Roux', 'Camara',
                               'Tanguy'), ' ', p.k + 1),
                           date '1965-01-01' + interval ((p.k * 53 + p.sid * 17) % 12000) day, '35000', 'Rennes',
                           elt(1 + p.k % 4, '50', '40', '60', '30'), p.entry, p.entry + interval 2 year - interval 1 day,
                           'FRANCE_TRAVAIL', p.k % 11 = 0
                    from gen_p p""");
            timed(st, "parcours", """
                    insert into pathway (id, structure_id, participant_id, entry_date, status, supervisor_id, coordinator_id)
                    select ${pathway} + p.sid * ${PP} + p.k, ${structure} + p.sid, p.pid, p.entry,
                           case when p.exited then 'EXITED' else 'ACTIVE' end,
                           ${user_account} + p.sid * ${B} + 1 + p.k % 2, ${user_account} + p.sid * ${B}
                    from gen_p p""");
            timed(st, "contrats", """
                    insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours, created_by)
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k, 'INITIAL', p.entry,
                           case when p.dur <= 330 then p.last_day else p.entry + interval 6 month - interval 1 day end,
                           26, 'générateur'
                    from gen_p p
                    union all
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k, 'RENEWAL', p.entry + interval 6 month,
                           p.last_day, 26, 'générateur'
                    from gen_p p where p.dur > 330""");
            timed(st, "sorties", """
                    insert into pathway_exit (structure_id, pathway_id, exit_date, motive, asp_code, category, comment,
                                              counted_in_rates, recorded_by)
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k, p.last_day,
                           elt(1 + p.k % 6, 'CDD_6_MONTHS_OR_MORE', 'FIXED_TERM_OTHER_SIAE', 'UNEMPLOYED',
                               'CDI_OTHER_EMPLOYER', 'QUALIFYING_TRAINING', 'CDD_UNDER_6_MONTHS'),
                           elt(1 + p.k % 6, '9', '2', '7', '3', '5', '10'),
                           elt(1 + p.k % 6, 'EMPLOI_DURABLE', 'SORTIE_POSITIVE', 'AUTRE_SORTIE', 'EMPLOI_DURABLE',
                               'SORTIE_POSITIVE', 'EMPLOI_TRANSITION'),
                           'Sortie générée', true, concat('s', lpad(p.sid + 1, 3, '0'), '-coord')
                    from gen_p p where p.exited""");
            timed(st, "entretiens", """
                    insert into interview (structure_id, pathway_id, kind, held_on, author_id, summary)
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k,
                           case when i.seq = 0 then 'ACCUEIL' when i.seq % 3 = 0 then 'BILAN_INTERMEDIAIRE' else 'SUIVI' end,
                           p.entry + interval (i.seq * 60) day, ${user_account} + p.sid * ${B}, 'Point sur le parcours et le projet.'
                    from gen_p p join seq_0_to_12 i on p.entry + interval (i.seq * 60) day <= least(p.last_day, curdate())
                    union all
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k, 'BILAN_SORTIE', p.last_day,
                           ${user_account} + p.sid * ${B}, 'Bilan de sortie.'
                    from gen_p p where p.exited""");
            timed(st, "freins", """
                    insert into barrier (structure_id, pathway_id, category, status, is_sensitive, detail, identified_on, lifted_on)
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k,
                           case when b.seq = 1 and p.k % 7 = 0 then 'HEALTH'
                                else elt(1 + (p.k + b.seq) % 5, 'MOBILITY', 'HOUSING', 'DIGITAL', 'FINANCES', 'ADMINISTRATIVE') end,
                           case when p.entry + interval 120 day < curdate() then 'LEVE' else 'EN_COURS' end,
                           b.seq = 1 and p.k % 7 = 0, 'Frein repéré à l''accueil.', p.entry,
                           case when p.entry + interval 120 day < curdate() then p.entry + interval 120 day end
                    from gen_p p join seq_0_to_1 b""");
            timed(st, "immersions (PMSMP)", """
                    insert into immersion (structure_id, pathway_id, host_name, start_date, end_date, objective, outcome)
                    select ${structure} + p.sid, ${pathway} + p.sid * ${PP} + p.k,
                           elt(1 + p.k % 3, 'Biocoop Rennes', 'Maraîchers de Vern', 'Ville de Rennes — espaces verts'),
                           p.entry + interval 90 day, p.entry + interval 100 day,
                           elt(1 + p.k % 3, 'DISCOVER_TRADE', 'CONFIRM_PROJECT', 'START_RECRUITMENT'),
                           case when p.entry + interval 100 day < curdate() then 'OBJECTIVES_MET' end
                    from gen_p p where p.k % 3 = 0 and p.dur > 200 and p.entry + interval 90 day <= curdate()""");
            timed(st, "référents affectés", """
                    insert into referent_assignment (pathway_id, referent_id, consent_recorded_on, barriers_consent, assigned_by)
                    select ${pathway} + p.sid * ${PP} + p.k, ${user_account} + ${S} * ${B} + (p.sid * ${PP} + p.k) div 5 % ${R},
                           p.entry, p.k % 2 = 0, concat('s', lpad(p.sid + 1, 3, '0'), '-coord')
                    from gen_p p where p.k % 5 = 0""".replace("${R}", String.valueOf(referents)));
            // ---- activity
            timed(st, "sites et équipes", """
                    insert into site (id, structure_id, name, kind)
                    select ${site} + s.seq * 6 + k.seq, ${structure} + s.seq,
                           elt(1 + k.seq, 'Jardin', 'Parcelles', 'Serres', 'Chantier', 'Espaces verts', 'Atelier'),
                           elt(1 + k.seq, 'JARDIN', 'PARCELLE', 'SERRE', 'CHANTIER', 'ESPACE_VERT', 'ATELIER')
                    from seq_0_to_${S1} s join seq_0_to_5 k""");
            run(st, """
                    insert into team (id, structure_id, name, supervisor_id)
                    select ${team} + s.seq * 4 + t.seq, ${structure} + s.seq, concat('Équipe ', t.seq + 1),
                           ${user_account} + s.seq * ${B} + 1 + t.seq % 2
                    from seq_0_to_${S1} s join seq_0_to_3 t""");
            run(st, "insert into team_member (team_id, participant_id) select ${team} + p.sid * 4 + p.k % 4, p.pid from gen_p p");
            timed(st, "tâches réalisées", """
                    insert into task_record (id, structure_id, performed_on, site_id, task_type_id, team_id,
                                             duration_minutes, supervisor_id, created_at)
                    select ${task_record} + (s.seq * 731 + d.seq) * 4 + t.seq, ${structure} + s.seq,
                           curdate() - interval 730 day + interval d.seq day, ${site} + s.seq * 6 + g.kind_idx,
                           g.task_type_id, ${team} + s.seq * 4 + t.seq, 180, ${user_account} + s.seq * ${B} + 1 + t.seq % 2,
                           least(now() - interval 2 minute, curdate() - interval 730 day + interval d.seq day + interval 17 hour)
                    from seq_0_to_${S1} s join seq_0_to_730 d join seq_0_to_3 t
                    join gen_tt g on g.idx = (d.seq + t.seq * 5 + s.seq) % ${T}
                    where weekday(curdate() - interval 730 day + interval d.seq day) < 5""".replace("${T}",
                    String.valueOf(types)));
            // the share of (participant, weekday under contract) present, for the observations asked
            long workingDays = single(st, """
                    select coalesce(sum(datediff(least(last_day, curdate()), entry) + 1), 0) * 5 div 7 from gen_p""");
            long permille = Math.max(1, Math.min(1000, observations * 1000 / Math.max(1, 3 * workingDays)));
            say("présence : %d ‰ des %d jours ouvrés sous contrat".formatted(permille, workingDays));
            timed(st, "présences", """
                    insert into task_record_participant (task_record_id, participant_id)
                    select ${task_record} + (p.sid * 731 + d.seq) * 4 + p.k % 4, p.pid
                    from gen_p p join seq_0_to_730 d
                      on curdate() - interval 730 day + interval d.seq day between p.entry and least(p.last_day, curdate())
                    where weekday(curdate() - interval 730 day + interval d.seq day) < 5
                      and (p.k * 131 + d.seq * 71 + p.sid * 7) % 1000 < ${PM}""".replace("${PM}", String.valueOf(permille)));
            // ---- observations, by slices of structures (transactions of a bounded size)
            int slice = Math.max(1, structures / 20);
            for (int from = 0; from < structures; from += slice) {
                int to = Math.min(structures, from + slice) - 1;
                timed(st, "observations des structures " + (from + 1) + "–" + (to + 1), """
                        insert into observation (uuid, structure_id, participant_id, competency_id, level_rank, observed_on,
                                                 task_record_id, observer_id, note, created_at)
                        select lower(concat(lpad(hex(tp.task_record_id), 8, '0'), '-0000-4', lpad(hex(q.n), 3, '0'), '-8000-',
                                            lpad(hex(tp.participant_id), 12, '0'))),
                               tr.structure_id, tp.participant_id, q.competency_id,
                               least(q.max_rank, greatest(1, q.acquired - 1 + (tp.participant_id + tr.id + q.n) % 3)),
                               tr.performed_on, tr.id, tr.supervisor_id,
                               case when (tp.participant_id + tr.id) % 9 = 0 and q.n = 1 then 'Travail soigné, à l''écoute des consignes.' end,
                               least(now() - interval 1 minute, tr.created_at + interval q.n second)
                        from task_record tr
                        join task_record_participant tp on tp.task_record_id = tr.id
                        join gen_ttc q on q.task_type_id = tr.task_type_id
                        where tr.id between ${task_record} + ${FROM} * 731 * 4 and ${task_record} + (${TO} * 731 + 730) * 4 + 3"""
                        .replace("${FROM}", String.valueOf(from)).replace("${TO}", String.valueOf(to)));
            }
            // ---- the read model, then decisions on what meets the policy, then the read model's decisions
            run(st, "delete from criterion_progress where structure_id >= ${structure}");
            // by slices of structures: each window sort stays in memory (one statement over 10 M rows took 9 min)
            long progressRows = 0;
            long t0 = System.nanoTime();
            for (int from = 0; from < structures; from += slice) {
                int to = Math.min(structures, from + slice) - 1;
                progressRows += st.executeLargeUpdate(sql(CriterionProgress.insertSql(
                        "o.structure_id between ${structure} + " + from + " and ${structure} + " + to)));
            }
            say("  %-44s %,12d lignes  %6.1f s".formatted("modèle de lecture (progrès par critère)", progressRows,
                    (System.nanoTime() - t0) / 1e9));
            run(st, CriterionProgress.readySql("cp.structure_id >= ${structure}"));
            timed(st, "validations", """
                    insert into validation (structure_id, participant_id, competency_id, status, decided_by, decided_at, note)
                    select cp.structure_id, cp.participant_id, cp.competency_id,
                           case when (cp.participant_id + cp.competency_id) % 10 = 0 then 'DECLINED' else 'VALIDATED' end,
                           ${user_account} + (cp.structure_id - ${structure}) * ${B} + 1 + cp.participant_id % 2,
                           least(now() - interval 1 hour, cp.last_observed + interval 18 hour),
                           case when (cp.participant_id + cp.competency_id) % 10 = 0 then 'À confirmer sur d''autres tâches.' end
                    from criterion_progress cp
                    where cp.structure_id >= ${structure} and cp.ready and (cp.participant_id + cp.competency_id) % 5 <> 1""");
            timed(st, "preuves des validations", """
                    insert into validation_evidence (validation_id, observation_id)
                    select v.id, o.id from validation v
                    join competency c on c.id = v.competency_id join framework f on f.id = c.framework_id
                    join scale sc on sc.id = f.scale_id
                    join observation o on o.participant_id = v.participant_id and o.competency_id = v.competency_id
                                      and o.level_rank >= sc.acquired_rank
                    where v.structure_id >= ${structure}""");
            timed(st, "modèle de lecture (décisions)", CriterionProgress.decisionsSql("cp.structure_id >= ${structure} and cp.ready"));
            run(st, CriterionProgress.readySql("cp.structure_id >= ${structure}"));
            run(st, "drop table gen_tt, gen_ttc, gen_p");
            run(st, "analyze table observation, validation, validation_evidence, criterion_progress,"
                    + " task_record, task_record_participant, participant, pathway, contract, interview, user_account");
            st.execute("set session foreign_key_checks = 1, unique_checks = 1");
            for (String t : new String[] {"structure", "participant", "task_record", "task_record_participant",
                    "observation", "validation", "validation_evidence", "criterion_progress", "interview", "barrier",
                    "immersion", "pathway_exit", "referent_assignment"}) {
                say("  %-24s %,12d lignes".formatted(t, single(st, "select count(*) from " + t)));
            }
        }
        say("réseau généré en %.1f min (comptes : s001-coord, s001-enc1, s001-p001, ref001 … — mot de passe sillon2026)"
                .formatted((System.nanoTime() - start) / 60e9));
    }

    private String sql(String template) {
        String s = template.replace("${S1}", String.valueOf(structures - 1)).replace("${S}", String.valueOf(structures))
                .replace("${PP1}", String.valueOf(perStructure - 1)).replace("${PP}", String.valueOf(perStructure))
                .replace("${B}", String.valueOf(3 + perStructure));
        for (Map.Entry<String, Long> b : base.entrySet()) {
            s = s.replace("${" + b.getKey() + "}", String.valueOf(b.getValue()));
        }
        return s;
    }

    private void run(Statement st, String template) throws SQLException {
        st.execute(sql(template));
    }

    private void timed(Statement st, String what, String template) throws SQLException {
        long t = System.nanoTime();
        long n = st.executeLargeUpdate(sql(template));
        say("  %-44s %,12d lignes  %6.1f s".formatted(what, n, (System.nanoTime() - t) / 1e9));
    }

    private long single(Statement st, String template) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql(template))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            if (!rs.next()) {
                throw new IllegalStateException("Les comptes de démonstration manquent : lancer en mode démo.");
            }
            return rs.getString(1);
        }
    }

    private static void say(String s) {
        System.out.println("[réseau] " + s);
    }
}
