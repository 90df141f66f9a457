package fr.sillon.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11's benchmark (prints figures, not a test): 20 concurrent clients on loopback against a running Sillon, each
 * with its own keep-alive HTTP/1.1 connection and its own API token, measure in turn {@code GET /health},
 * {@code GET /api/v1/me} with the token, {@code GET /health} again, {@code POST /api/v1/observations} with 30 new
 * observations (each checked CREATED), and {@code GET /health} a third time. Prints the p50 / p95 of each, the ratios
 * p95(me) / p95(health) (goal ≤ 3) and p95(batch of 30) / p95(health) (goal ≤ 10), the statements the database
 * received per request (MariaDB's {@code Questions}, {@code Com_select}, {@code Com_insert}, {@code Com_update}
 * counters, when a JDBC URL is given) and whether a call created an HTTP session. Bounded: a fixed number of requests
 * per client, each phase stopped after 3 minutes at most.
 *
 * <p>Run: {@code ./mvnw -B verify -Papi-bench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false} (README,
 * « Benchmarks »), or {@code ApiBench.main(baseUrl, jdbcUrl)} against any Sillon with the demo data.
 */
public final class ApiBench {
    static final int CLIENTS = 20;
    static final int BATCH = 30;
    static final Duration PHASE_LIMIT = Duration.ofMinutes(3);
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");

    private final String base;
    private final String jdbc;
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private volatile boolean sessionSeen;

    ApiBench(String base, String jdbc) {
        this.base = base;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : System.getProperty("it.base.url", "http://localhost:8080/sillon");
        String jdbc = args.length > 1 ? args[1] : System.getenv("SILLON_DB_URL");
        new ApiBench(base, jdbc).run();
    }

    /** The test server's database, as the tests' environment names it (the demo's credentials elsewhere). */
    private Connection database() throws java.sql.SQLException {
        return DriverManager.getConnection(jdbc, System.getenv().getOrDefault("SILLON_DB_USER", "sillon"),
                System.getenv().getOrDefault("SILLON_DB_PASSWORD", "sillon"));
    }

    /** One run: the phases in turn, then the figures. */
    public void run() throws Exception {
        for (int i = 0; i < CLIENTS; i++) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            clients.add(http);
            tokens.add(token(http, i));
        }
        List<String> items = batchItems();
        Call health = (c, i) -> get(c, "/health", null);
        Call me = (c, i) -> get(c, "/api/v1/me", tokens.get(i));
        Call batch = (c, i) -> postBatch(c, tokens.get(i), items.get(i));

        phase("échauffement /health", health, 50);
        phase("échauffement /api/v1/me", me, 50);
        phase("échauffement lot de " + BATCH, batch, 5);

        Result h1 = phase("GET /health", health, 200);
        Result m = phase("GET /api/v1/me (jeton)", me, 200);
        Result h2 = phase("GET /health", health, 200);
        Result b = phase("POST /api/v1/observations (" + BATCH + ")", batch, 15);
        Result h3 = phase("GET /health", health, 200);

        List<Long> allHealth = new ArrayList<>(h1.nanos);
        allHealth.addAll(h2.nanos);
        allHealth.addAll(h3.nanos);
        double p95Health = p(allHealth, 95);
        // each endpoint against the /health phase next to it too (the machine's load drifts during a run)
        System.out.printf(Locale.ROOT, "[bench-api] p95 /health (3 phases) = %.1f ms%n", p95Health / 1e6);
        System.out.printf(Locale.ROOT, "[bench-api] RATIO me/health    = %.2f (goal <= 3)   [against the adjacent /health phases: %.2f]%n",
                p(m.nanos, 95) / p95Health, p(m.nanos, 95) / Math.max(p(h1.nanos, 95), p(h2.nanos, 95)));
        System.out.printf(Locale.ROOT, "[bench-api] RATIO batch30/health = %.2f (goal <= 10)  [against the adjacent /health phases: %.2f]%n",
                p(b.nanos, 95) / p95Health, p(b.nanos, 95) / Math.max(p(h2.nanos, 95), p(h3.nanos, 95)));
        System.out.println("[bench-api] HTTP session created by an API call: " + (sessionSeen ? "YES" : "no"));
    }

    interface Call {
        void send(HttpClient client, int index) throws Exception;
    }

    record Result(List<Long> nanos) {
    }

    /** {@code perClient} calls from each of the 20 clients, all released at once; prints p50, p95, statements. */
    Result phase(String name, Call call, int perClient) throws Exception {
        Map<String, Long> before = counters();
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                start.await();
                for (int n = 0; n < perClient && System.nanoTime() < deadline; n++) {
                    long s = System.nanoTime();
                    call.send(clients.get(index), index);
                    mine.add(System.nanoTime() - s);
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> after = counters();
        StringBuilder db = new StringBuilder();
        if (!before.isEmpty()) {
            for (String k : before.keySet()) {
                db.append(String.format(Locale.ROOT, " %s/req=%.2f", k, (after.get(k) - before.get(k)) / (double) all.size()));
            }
        }
        System.out.printf(Locale.ROOT, "[bench-api] %-34s n=%5d  %6.1f req/s  p50=%7.1f ms  p95=%7.1f ms%s%n", name,
                all.size(), all.size() / seconds, p(all, 50) / 1e6, p(all, 95) / 1e6, db);
        return new Result(all);
    }

    static double p(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private String token(HttpClient http, int i) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\"encadrant\",\"password\":\"sillon2026\",\"device\":\"banc d'essai " + i + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private void get(HttpClient http, String path, String token) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        check(http.send(req.build(), HttpResponse.BodyHandlers.ofString()), 200);
    }

    private void postBatch(HttpClient http, String token, String items) throws Exception {
        StringBuilder body = new StringBuilder("{\"observations\":[");
        String[] parts = items.split("#UUID#", -1);
        for (int i = 0; i < parts.length; i++) {
            body.append(parts[i]);
            if (i < parts.length - 1) {
                body.append(UUID.randomUUID());
            }
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/observations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(r, 200);
        Matcher m = CREATED.matcher(r.body());
        if (!m.find() || Integer.parseInt(m.group(1)) != BATCH) {
            throw new IllegalStateException("the batch did not create " + BATCH + " observations: " + r.body());
        }
    }

    private void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.uri() + " " + r.body());
        }
        if (r.uri().getPath().contains("/api/") && r.headers().firstValue("Set-Cookie").isPresent()) {
            sessionSeen = true;
        }
    }

    /**
     * For each client, 30 items on participant × criterion pairs of the supervisor's structure already observed by the
     * demo in a task (so each is valid: the participant under contract on the task's day, the criterion on a published
     * scale), rated on a level of that criterion's scale; a new UUID per item and per call. The clients get different
     * pairs while the demo has enough (20 devices, each rating its own team); beyond that they share pairs, and the
     * batches on a shared pair queue behind each other (printed).
     */
    private List<String> batchItems() throws Exception {
        List<String> pairs = new ArrayList<>();
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     select o.participant_id, o.competency_id, max(o.task_record_id), max(o.level_rank) from observation o
                     join user_account u on u.structure_id = o.structure_id and u.login = 'encadrant'
                     where o.task_record_id is not null and o.level_rank > 0 and o.supersedes_id is null
                     group by o.participant_id, o.competency_id
                     order by o.participant_id, o.competency_id limit %d""".formatted(CLIENTS * BATCH))) {
            while (r.next()) {
                pairs.add("{\"uuid\":\"#UUID#\",\"participantId\":" + r.getLong(1) + ",\"competencyId\":" + r.getLong(2)
                        + ",\"levelRank\":" + r.getInt(4) + ",\"taskRecordId\":" + r.getLong(3) + "}");
            }
        }
        if (pairs.size() < BATCH) {
            throw new IllegalStateException("fewer than " + BATCH + " demo pairs to copy: is the demo loaded?");
        }
        System.out.printf(Locale.ROOT, "[bench-api] batches: %d distinct participant × criterion pairs for %d clients × %d items%s%n",
                pairs.size(), CLIENTS, BATCH, pairs.size() < CLIENTS * BATCH ? " (clients share pairs)" : " (no pair shared)");
        List<String> perClient = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<String> mine = new ArrayList<>();
            for (int k = 0; k < BATCH; k++) {
                mine.add(pairs.get((client * BATCH + k) % pairs.size()));
            }
            perClient.add(String.join(",", mine));
        }
        return perClient;
    }

    /** MariaDB's statement counters (the whole server: the test database serves only this Sillon). */
    private Map<String, Long> counters() throws Exception {
        Map<String, Long> values = new LinkedHashMap<>();
        if (jdbc == null) {
            return values;
        }
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show global status where variable_name in"
                     + " ('Questions', 'Com_select', 'Com_insert', 'Com_update', 'Innodb_deadlocks')")) {
            while (r.next()) {
                values.put(r.getString(1), r.getLong(2));
            }
        }
        return values;
    }
}
