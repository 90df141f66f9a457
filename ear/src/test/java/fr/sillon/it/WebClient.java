package fr.sillon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for black-box tests: cookies, redirects, the JSF login form, API tokens (bearer). */
public final class WebClient {
    /** The application's URL: given to the test JVM by the build; inside the server, derived from its port offset. */
    public static final String BASE = System.getProperty("it.base.url",
            "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/sillon");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private final HttpClient http;
    private final String base;
    private String nonce;

    public WebClient() {
        this(BASE);
    }

    /** A client of another Sillon than the tests' server (e.g. one started by the run command's launcher). */
    public WebClient(String base) {
        this.base = base;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The value of a cookie this client holds (e.g. the session's, whose suffix names the cluster node), or null. */
    public String cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return page(http.send(request(base + path).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Keeps the Content-Security-Policy nonce of the last page, which a form post sends back as
     * {@code primefaces.nonce}, as PrimeFaces' script does in a browser (CSP mode checks it on postbacks).
     */
    private HttpResponse<String> page(HttpResponse<String> response) {
        Matcher m = NONCE.matcher(response.body());
        if (m.find()) {
            nonce = m.group(1);
        }
        return response;
    }

    /** GET with HTTP Basic credentials (refused by the API since issue 11: kept to test that refusal). */
    public HttpResponse<String> getBasic(String path, String login, String password) throws IOException, InterruptedException {
        return http.send(request(base + path).GET()
                .header("Authorization", basic(login, password)).header("Accept", "application/json, */*;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * How a script authenticates: {@code POST /api/v1/tokens {"login","password","device"}} → 201 {"token","expiresAt"};
     * then {@code Authorization: Bearer <token>} on every API call. Fails the test unless the token is issued.
     */
    public String token(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = postJson("/api/v1/tokens", "{\"login\":\"" + login + "\",\"password\":\"" + password
                + "\",\"device\":\"test " + login + "\"}");
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new AssertionError("no token for " + login + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** GET with a bearer token (the REST API). */
    public HttpResponse<String> getBearer(String path, String token) throws IOException, InterruptedException {
        return http.send(request(base + path).GET()
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, */*;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a JSON body with a bearer token. */
    public HttpResponse<String> postJsonBearer(String path, String json, String token) throws IOException, InterruptedException {
        return http.send(request(base + path)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** DELETE with a bearer token. */
    public HttpResponse<String> deleteBearer(String path, String token) throws IOException, InterruptedException {
        return http.send(request(base + path).DELETE()
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a JSON body without credentials (the token endpoint, anonymous refusals). */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(request(base + path)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What {@link #postFrom} answers. */
    public record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /**
     * POST a JSON body from a chosen loopback source address (127.x.y.z), over a plain socket: lets a test be
     * "another client address" for the per-address throttling without affecting the other tests (127.0.0.1).
     */
    public static RawResponse postFrom(String sourceAddress, String path, String json) throws IOException {
        URI uri = URI.create(BASE + path);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(sourceAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: localhost:" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, split).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(split + 4));
        }
    }

    /** Fills and submits the login page; returns the page reached after the redirects. */
    public HttpResponse<String> login(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return postForm(page.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
    }

    public HttpResponse<String> postForm(String url, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> sent = new LinkedHashMap<>(form);
        if (nonce != null) {
            sent.putIfAbsent("primefaces.nonce", nonce);
        }
        String body = sent.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return page(http.send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Asserts that a page answered 200, without the error page, and shows every one of {@code texts}. */
    /**
     * A request bounded in time ({@code -Dit.http.timeout.seconds}, 300 s): a server that never answers fails the
     * test with a time-out instead of hanging the build.
     */
    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(Long.getLong("it.http.timeout.seconds", 300));

    public static void assertRendered(HttpResponse<String> page, String... texts) {
        assertEquals(200, page.statusCode(), page.uri() + "\n" + page.body());
        assertFalse(page.body().contains("Une erreur est survenue"), page.body());
        for (String t : texts) {
            assertTrue(page.body().contains(t), t + " missing in " + page.uri() + "\n" + page.body());
        }
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no jakarta.faces.ViewState in page:\n" + html);
        }
        return m.group(1);
    }

    /**
     * The pathway id of a demo person (« Nom Prénom »), looked up as the demo coordinator in her participants list,
     * after checking that she can open it: a refusal test then proves its target exists and is readable.
     */
    public static long pathwayIdOf(String lastAndFirstName) throws IOException, InterruptedException {
        WebClient coordinator = new WebClient();
        coordinator.login("coordinatrice", "sillon2026");
        String list = coordinator.get("/coordinator/participants.xhtml").body();
        Matcher m = Pattern.compile("pathway\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(lastAndFirstName) + "<").matcher(list);
        if (!m.find()) {
            throw new AssertionError(lastAndFirstName + " is not in the coordinator's list:\n" + list);
        }
        long id = Long.parseLong(m.group(1));
        HttpResponse<String> page = coordinator.get("/coordinator/pathway.xhtml?id=" + id);
        if (page.statusCode() != 200 || !page.body().contains(lastAndFirstName.split(" ")[0])) {
            throw new AssertionError("the coordinator cannot open the pathway of " + lastAndFirstName + ": " + page.statusCode());
        }
        return id;
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
