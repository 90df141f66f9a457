package fr.sillon.run;

import fr.sillon.it.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The network benchmark over HTTP (issue 16; not a test: {@code ./mvnw -Pnetwork-bench package} against the server of
 * {@code ./mvnw -Pnetwork package}; README « Network scale »). Real users sign in through the login form (coordinator,
 * supervisor, participant, referent of a generated structure), then each page is requested: p50 and p95 in ms, and
 * the ratio of each p95 to the p95 of {@code /health} measured in the same phase; first one user at a time
 * ({@code bench.samples} requests a page), then {@code bench.users} users at once (each of a different structure,
 * leaving together at a barrier, {@code bench.rounds} rounds). The statements each page costs the database are counted
 * with MariaDB's {@code Questions} counter around one request (the smallest of three, the counter's own query
 * subtracted). Last, the RSS, heap and metaspace of the server's JVM (from /proc and jcmd-free sources: the RSS only).
 */
public final class NetworkBench {
    static final int OFFSET = Integer.getInteger("sillon.port.offset", 0);
    static final String BASE = System.getProperty("bench.url", "http://localhost:" + (8080 + OFFSET) + "/sillon");
    static final String JDBC = "jdbc:mariadb://127.0.0.1:" + Integer.getInteger("sillon.db.port", 3307) + "/sillon";
    static final int SAMPLES = Integer.getInteger("bench.samples", 20);
    static final int USERS = Integer.getInteger("bench.users", 20);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final String PASSWORD = "sillon2026";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** What one user of structure n signs in as and opens. */
    record Accounts(int n, long structureId, String coord, String sup, String participant, String referent,
                    long taskId, long pathwayId, long referentPathwayId, long participantId, long competencyId,
                    int level) {
    }

    /** The four signed-in clients of one user slot, and the coordinator's token. */
    static final class Session {
        final Accounts a;
        final WebClient coord = new WebClient(BASE);
        final WebClient sup = new WebClient(BASE);
        final WebClient part = new WebClient(BASE);
        final WebClient ref = new WebClient(BASE);
        final WebClient anon = new WebClient(BASE);
        String supToken;
        String coordToken;

        Session(Accounts a) throws IOException, InterruptedException {
            this.a = a;
            check(coord.login(a.coord(), PASSWORD), "connexion " + a.coord());
            check(sup.login(a.sup(), PASSWORD), "connexion " + a.sup());
            check(part.login(a.participant(), PASSWORD), "connexion " + a.participant());
            check(ref.login(a.referent(), PASSWORD), "connexion " + a.referent());
            supToken = sup.token(a.sup(), PASSWORD);
            coordToken = coord.token(a.coord(), PASSWORD);
        }
    }

    interface Call {
        HttpResponse<String> send(Session s) throws Exception;
    }

    record Page(String name, Call call) {
    }

    static final List<Page> PAGES = List.of(
            new Page("/health", s -> s.anon.get("/health")),
            new Page("encadrant : « Ma journée » (supervisor/index)", s -> s.sup.get("/supervisor/index.xhtml")),
            new Page("encadrant : file de validation + décisions", s -> s.sup.get("/supervisor/validations.xhtml")),
            new Page("encadrant : grille d'observation", s -> s.sup.get("/supervisor/observe.xhtml?task=" + s.a.taskId())),
            new Page("encadrant : enregistrer une observation (API)", s -> s.sup.postJsonBearer("/api/v1/observations", """
                    {"observations": [{"uuid": "%s", "participantId": %d, "competencyId": %d, "levelRank": %d,
                      "observedOn": "%s"}]}""".formatted(UUID.randomUUID(), s.a.participantId(), s.a.competencyId(),
                    s.a.level(), LocalDate.now()), s.supToken)),
            new Page("encadrant : historique des preuves", s -> s.sup.get("/supervisor/evidence.xhtml?participant="
                    + s.a.participantId())),
            new Page("participant : « Mon parcours »", s -> s.part.get("/participant/index.xhtml")),
            new Page("participant : « Ma progression »", s -> s.part.get("/participant/progress.xhtml")),
            new Page("coordination : accueil", s -> s.coord.get("/coordinator/index.xhtml")),
            new Page("coordination : liste des participants", s -> s.coord.get("/coordinator/participants.xhtml")),
            new Page("coordination : page du parcours", s -> s.coord.get("/coordinator/pathway.xhtml?id=" + s.a.pathwayId())),
            new Page("coordination : export XLSX (bilan financeurs)", s -> download(s.coord, "funders:bilanXlsx")),
            new Page("coordination : export CSV (déclaration)", s -> download(s.coord, "funders:declarationCsv")),
            new Page("référent : liste des parcours suivis", s -> s.ref.get("/referent/index.xhtml")),
            new Page("référent : synthèse d'un parcours", s -> s.ref.get("/referent/pathway.xhtml?id=" + s.a.referentPathwayId())),
            new Page("coordination : émettre une attestation (API)", s -> s.coord.postJsonBearer("/api/v1/certificates",
                    "{\"pathwayId\": " + s.a.pathwayId() + "}", s.coordToken)));

    private NetworkBench() {
    }

    public static void main(String[] args) throws Exception {
        int structures;
        List<Accounts> slots = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(JDBC, "sillon", "sillon")) {
            structures = (int) single(db, "select count(*) from structure where code like 'GEN%'");
            if (structures == 0) {
                throw new IllegalStateException("Aucun réseau généré : lancer d'abord ./mvnw -Pnetwork package");
            }
            for (int i = 0; i < Math.max(1, USERS); i++) {
                slots.add(accounts(db, 1 + i % structures));
            }
            long observations = single(db, "select count(*) from observation");
            System.out.printf("[bench] %s — %d structures générées, %,d participants, %,d observations, %d cœurs, "
                            + "charge %s%n", BASE, structures, single(db, "select count(*) from participant"), observations,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            Session one = new Session(slots.get(0));
            Map<String, long[]> queries = new LinkedHashMap<>();
            for (Page p : PAGES) {
                for (int w = 0; w < 3; w++) {
                    checked(p, one); // warm-up
                }
                queries.put(p.name(), new long[] {queriesOf(db, p, one)});
            }
            // the same pages for the demo structure (9 people, weeks of history): the statements must not change
            Session demo = new Session(accounts(db, 0, 1, "coordinatrice", "encadrant"));
            for (Page p : PAGES) {
                for (int w = 0; w < 2; w++) {
                    checked(p, demo);
                }
                queries.put(p.name(), new long[] {queries.get(p.name())[0], queriesOf(db, p, demo)});
            }
            Map<String, List<Double>> single = new LinkedHashMap<>();
            for (Page p : PAGES) {
                List<Double> times = new ArrayList<>();
                int n = p.name().contains("attestation") ? Math.max(3, SAMPLES / 4) : SAMPLES;
                for (int i = 0; i < n; i++) {
                    times.add(timed(p, one));
                }
                single.put(p.name(), times);
            }
            Map<String, List<Double>> many = concurrent(slots);
            print(structures, observations, queries, single, many);
        }
        System.out.println("[bench] mémoire du serveur : " + serverMemory());
    }

    static Map<String, List<Double>> concurrent(List<Accounts> slots) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (Accounts a : slots) {
            sessions.add(new Session(a));
        }
        Map<String, List<Double>> times = new ConcurrentHashMap<>();
        PAGES.forEach(p -> times.put(p.name(), new CopyOnWriteArrayList<>()));
        CyclicBarrier start = new CyclicBarrier(sessions.size());
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        AtomicInteger errors = new AtomicInteger();
        List<Future<?>> runs = new ArrayList<>();
        for (Session s : sessions) {
            runs.add(pool.submit(() -> {
                start.await();
                for (int r = 0; r < ROUNDS; r++) {
                    List<Page> order = new ArrayList<>(PAGES);
                    Collections.rotate(order, r + sessions.indexOf(s)); // not every user on the same page at once
                    for (Page p : order) {
                        if (p.name().contains("attestation") && r % 2 == 1) {
                            continue;
                        }
                        try {
                            times.get(p.name()).add(timed(p, s));
                        } catch (Exception | AssertionError e) {
                            errors.incrementAndGet();
                            System.err.println("[bench] " + p.name() + " : " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();
        if (errors.get() > 0) {
            System.out.println("[bench] " + errors.get() + " erreur(s) pendant la phase concurrente");
        }
        return times;
    }

    static void print(int structures, long observations, Map<String, long[]> queries, Map<String, List<Double>> single,
                      Map<String, List<Double>> many) {
        double h1 = pct(single.get("/health"), 95);
        double hn = pct(many.get("/health"), 95);
        System.out.printf("%n[bench] %s, %d structures, %,d observations; p95 de /health : %.1f ms (1 utilisateur), "
                + "%.1f ms (%d utilisateurs)%n", LocalDate.now(), structures, observations, h1, hn, USERS);
        System.out.println("| page | requêtes SQL (réseau / démo) | 1 utilisateur p50 / p95 (ms) | × /health | " + USERS
                + " utilisateurs p50 / p95 (ms) | × /health |");
        System.out.println("|---|---|---|---|---|---|");
        for (Page p : PAGES) {
            List<Double> a = single.get(p.name());
            List<Double> b = many.get(p.name());
            double r1 = pct(a, 95) / h1;
            double rn = pct(b, 95) / hn;
            System.out.printf("| %s | %d / %d | %.0f / %.0f | %.1f × %s | %.0f / %.0f | %.1f × %s |%n", p.name(),
                    queries.get(p.name())[0], queries.get(p.name())[1], pct(a, 50), pct(a, 95), r1, r1 <= 20 ? "" : "**> 20**",
                    pct(b, 50), pct(b, 95), rn, rn <= 60 ? "" : "**> 60**");
        }
    }

    static double timed(Page p, Session s) throws Exception {
        long t = System.nanoTime();
        checked(p, s);
        return (System.nanoTime() - t) / 1e6;
    }

    static void checked(Page p, Session s) throws Exception {
        HttpResponse<String> r = p.call().send(s);
        if (r.statusCode() >= 300 || r.body().contains("Une erreur est survenue")) {
            throw new IllegalStateException(p.name() + " → " + r.statusCode() + " " + r.uri() + " "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    /** Statements the page costs MariaDB: the smallest delta of {@code Questions} over three requests. */
    static long queriesOf(Connection db, Page p, Session s) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = questions(db);
            checked(p, s);
            long after = questions(db);
            best = Math.min(best, after - before - 1);
        }
        return best;
    }

    static long questions(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("show global status like 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /** A pair of a team's participant under contract today and a criterion of today's task of its supervisor. */
    static Accounts accounts(Connection db, int n) throws SQLException {
        String prefix = "s" + String.format("%03d", n);
        long structure = single(db, "select id from structure where code = 'GEN" + String.format("%03d", n) + "'");
        return accounts(db, n, structure, prefix + "-coord", prefix + "-enc1");
    }

    /** The same for the accounts of a structure, from its coordinator's and supervisor's logins. */
    static Accounts accounts(Connection db, int n, long structure, String coord, String supLogin) throws SQLException {
        long sup = single(db, "select id from user_account where login = '" + supLogin + "'");
        Object[] task = row(db, """
                select tr.id, tp.participant_id from task_record tr join task_record_participant tp on tp.task_record_id = tr.id
                join participant pa on pa.id = tp.participant_id and pa.user_account_id is not null
                where tr.supervisor_id = ? and tr.performed_on <= curdate() order by tr.performed_on desc, tr.id limit 1""", sup);
        long participant = ((Number) task[1]).longValue();
        Object[] crit = row(db, """
                select q.competency_id, sc.acquired_rank from task_record tr join task_type_criterion q on q.task_type_id = tr.task_type_id
                join competency c on c.id = q.competency_id join framework f on f.id = c.framework_id join scale sc on sc.id = f.scale_id
                where tr.id = ? order by q.competency_id limit 1""", task[0]);
        String login = (String) row(db, "select u.login from participant p join user_account u on u.id = p.user_account_id"
                + " where p.id = ?", participant)[0];
        long pathway = single(db, "select id from pathway where participant_id = " + participant);
        Object[] referent = row(db, """
                select u.login, ra.pathway_id from referent_assignment ra join pathway pw on pw.id = ra.pathway_id
                join user_account u on u.id = ra.referent_id
                where pw.structure_id = ? and ra.removed_at is null order by pw.status, ra.pathway_id limit 1""", structure);
        return new Accounts(n, structure, coord, supLogin, login, (String) referent[0],
                ((Number) task[0]).longValue(), pathway, ((Number) referent[1]).longValue(), participant,
                ((Number) crit[0]).longValue(), ((Number) crit[1]).intValue());
    }

    static HttpResponse<String> download(WebClient web, String button) throws Exception {
        HttpResponse<String> page = web.get("/coordinator/funders.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("funders.xhtml sans ViewState");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("funders", "funders");
        form.put("funders:y_input", Integer.toString(LocalDate.now().getYear()));
        form.put(button, "");
        form.put("jakarta.faces.ViewState", m.group(1));
        return web.postForm(page.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
    }

    static double pct(List<Double> values, int p) {
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("aucune ligne : " + sql);
            }
            return rs.getLong(1);
        }
    }

    static Object[] row(Connection db, String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("aucune ligne : " + sql + " (" + arg + ")");
                }
                Object[] r = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = rs.getObject(i + 1);
                }
                return r;
            }
        }
    }

    static void check(HttpResponse<String> r, String what) {
        if (r.statusCode() != 200 || r.uri().toString().contains("login")) {
            throw new IllegalStateException(what + " : " + r.statusCode() + " " + r.uri());
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** RSS of the WildFly JVM listening with this port offset (found in /proc by its command line), read-only. */
    static String serverMemory() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
                String cmd;
                try {
                    cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                } catch (IOException gone) {
                    continue;
                }
                if (cmd.contains("jboss-modules.jar") && cmd.contains("-Djboss.socket.binding.port-offset=" + OFFSET + " ")
                        && !cmd.contains("bench")) {
                    String status = Files.readString(p.resolve("status"));
                    Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
                    Matcher xmx = Pattern.compile("-Xmx(\\S+)").matcher(cmd);
                    Matcher meta = Pattern.compile("-XX:MaxMetaspaceSize=(\\S+)").matcher(cmd);
                    return "pid " + p.getFileName() + ", RSS " + (rss.find() ? Long.parseLong(rss.group(1)) / 1024 + " Mo" : "?")
                            + ", -Xmx" + (xmx.find() ? xmx.group(1) : "?") + ", MaxMetaspaceSize "
                            + (meta.find() ? meta.group(1) : "?");
                }
            }
        } catch (IOException e) {
            return "illisible (" + e.getMessage() + ")";
        }
        return "processus WildFly introuvable (décalage de ports " + OFFSET + ")";
    }
}
