package fr.sillon.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./mvnw -Pcluster package}: Sillon on two WildFly cluster nodes behind WildFly's load balancer, on this
 * machine, with the demo data on the embedded MariaDB of {@code data/cluster} (README « Déploiement en grappe »).
 * Open the balancer's address; Ctrl-C stops the servers, then the database.
 *
 * <p>System properties: {@code sillon.cluster.balancer.offset} (0: http://localhost:8080), {@code
 * sillon.cluster.node.offsets} (2100,2200), {@code sillon.db.port} (3308), {@code sillon.data.dir}. The nodes sign with
 * {@code SILLON_SIGNING_KEYSTORE} if set, else with a trial keystore created once in the data directory's parent
 * (the same for both nodes: a cluster node refuses the per-node demo key).
 */
public final class ClusterLauncher {
    private ClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("sillon.root", "..")).toAbsolutePath().normalize();
        if (System.getProperty("sillon.data.dir") == null) {
            System.setProperty("sillon.data.dir", root.resolve("data/cluster").toString());
        }
        if (System.getProperty("sillon.db.port", "").isBlank() || "3307".equals(System.getProperty("sillon.db.port"))) {
            System.setProperty("sillon.db.port", "3308");
        }
        Settings settings = Settings.fromSystem();
        Launcher db = new Launcher(settings);
        int balancerOffset = Integer.getInteger("sillon.cluster.balancer.offset", 0);
        int[] nodeOffsets = java.util.Arrays.stream(System.getProperty("sillon.cluster.node.offsets", "2100,2200")
                .split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();

        Map<String, String> env = new HashMap<>();
        String keystore = System.getenv("SILLON_SIGNING_KEYSTORE");
        if (keystore == null || keystore.isBlank()) {
            String password = "sillon-grappe-essai";
            env.put("SILLON_SIGNING_KEYSTORE", Cluster.signingKeystore(settings.dataDir().resolveSibling("cluster-signing.p12"),
                    password).toString());
            env.put("SILLON_SIGNING_PASSWORD", password);
            Launcher.say("Clé de signature d'essai (la même pour chaque nœud) : " + env.get("SILLON_SIGNING_KEYSTORE"));
        }
        Launcher.say("Sillon en grappe — base de données : " + settings.dataDir());
        db.startDatabase();
        env.put("SILLON_DB_USER", Launcher.DB_USER);
        env.put("SILLON_DB_PASSWORD", db.dbPassword());
        Cluster cluster = new Cluster(root, root.resolve("ear/target/cluster-run"), settings.dbUrl(), balancerOffset,
                nodeOffsets, env);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Launcher.say("Arrêt de la grappe…");
            cluster.close();
            db.stopDatabase();
        }, "sillon-cluster-stop"));
        cluster.start(settings.demo(), 60);
        try {
            cluster.awaitUp(Duration.ofMinutes(10));
        } catch (IllegalStateException e) {
            Launcher.say(e.getMessage());
            System.exit(1);
        }
        StringBuilder b = new StringBuilder("\n").append("=".repeat(78)).append('\n')
                .append("  Sillon en grappe est prêt : ").append(cluster.url()).append("/  (répartiteur)\n");
        for (Cluster.Node n : cluster.nodes()) {
            b.append("  ").append(n.name()).append(" : ").append(n.url()).append("/   journal : ").append(n.log()).append('\n');
        }
        b.append("  Comptes de démonstration : coordinatrice, encadrant… — mot de passe sillon2026    Arrêt : Ctrl-C\n")
                .append("=".repeat(78));
        Launcher.say(b.toString());
        Thread.currentThread().join(); // until Ctrl-C
    }
}
