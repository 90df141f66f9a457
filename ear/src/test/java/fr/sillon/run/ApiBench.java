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
 * « Benchmarks »), or {@code ApiBench.main(baseUrl, jdbcUrl)} against any Sillon with the demo data (each run adds 20
 * people and a task of today to the demo structure).
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
     * For each client, 30 items on a person of its own: 20 devices, each rating its own team, so that no batch waits
     * for another's lock on the same person. Each run adds {@value #CLIENTS} people to the supervisor's structure
     * (under contract for a year, in one task of today with the shipped task type that has the most criteria), so the
     * history of the pairs does not grow from run to run; the 30 items of a batch cycle over that task's criteria,
     * rated at the top of each criterion's scale, with a new UUID per item and per call.
     */
    private List<String> batchItems() throws Exception {
        List<String> perClient = new ArrayList<>();
        try (Connection c = database()) {
            long[] sup = row(c, "select structure_id, id from user_account where login = 'encadrant'");
            long site = row(c, "select min(id) from site where structure_id = " + sup[0])[0];
            long type = row(c, """
                    select t.id from task_type t join task_type_criterion k on k.task_type_id = t.id
                    where t.structure_id is null group by t.id order by count(*) desc, t.id limit 1""")[0];
            List<long[]> criteria = rows(c, """
                    select k.competency_id, max(pl.level_rank) from task_type_criterion k
                    join competency cp on cp.id = k.competency_id join framework f on f.id = cp.framework_id
                    join proficiency_level pl on pl.scale_id = f.scale_id
                    where k.task_type_id = %d group by k.competency_id order by k.competency_id""".formatted(type));
            java.time.LocalDate today = java.time.LocalDate.now();
            long task = insert(c, "insert into task_record (structure_id, performed_on, site_id, task_type_id,"
                    + " duration_minutes, supervisor_id) values (?, ?, ?, ?, 180, ?)", sup[0], today, site, type, sup[1]);
            String tag = Long.toString(System.nanoTime() % 1_000_000);
            for (int client = 0; client < CLIENTS; client++) {
                long person = insert(c, "insert into participant (structure_id, first_name, last_name) values (?, ?, ?)",
                        sup[0], "Banc", "Appareil " + client + " " + tag);
                long pathway = insert(c, "insert into pathway (structure_id, participant_id, entry_date) values (?, ?, ?)",
                        sup[0], person, today.minusYears(1));
                insert(c, "insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours)"
                        + " values (?, ?, 'INITIAL', ?, ?, 26)", sup[0], pathway, today.minusYears(1), today.plusMonths(6));
                insert(c, "insert into task_record_participant (task_record_id, participant_id) values (?, ?)", task, person);
                List<String> mine = new ArrayList<>();
                for (int k = 0; k < BATCH; k++) {
                    long[] criterion = criteria.get(k % criteria.size());
                    mine.add("{\"uuid\":\"#UUID#\",\"participantId\":" + person + ",\"competencyId\":" + criterion[0]
                            + ",\"levelRank\":" + criterion[1] + ",\"taskRecordId\":" + task + "}");
                }
                perClient.add(String.join(",", mine));
            }
            System.out.printf(Locale.ROOT, "[bench-api] batches: %d people of their own (one per client), %d criteria"
                    + " of task type %d, task record %d%n", CLIENTS, criteria.size(), type, task);
        }
        return perClient;
    }

    private static long[] row(Connection c, String sql) throws java.sql.SQLException {
        List<long[]> all = rows(c, sql);
        if (all.isEmpty()) {
            throw new IllegalStateException("nothing found (is the demo loaded?): " + sql);
        }
        return all.get(0);
    }

    private static List<long[]> rows(Connection c, String sql) throws java.sql.SQLException {
        List<long[]> all = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = r.getLong(i + 1);
                }
                all.add(values);
            }
        }
        return all;
    }

    private static long insert(Connection c, String sql, Object... params) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                return k.next() ? k.getLong(1) : 0;
            }
        }
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
