package fr.sillon.it;

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

/** A browser-like HTTP client for black-box tests: cookies, redirects, the JSF login form, HTTP Basic. */
public final class WebClient {
    /** The application's URL: given to the test JVM by the build; inside the server, derived from its port offset. */
    public static final String BASE = System.getProperty("it.base.url",
            "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/sillon");
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

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return page(http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
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

    /** GET with HTTP Basic credentials (the REST API). */
    public HttpResponse<String> getBasic(String path, String login, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", basic(login, password)).header("Accept", "application/json, */*;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a JSON body with HTTP Basic credentials. */
    public HttpResponse<String> postJson(String path, String json, String login, String password)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", basic(login, password)).header("Content-Type", "application/json")
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
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
        return page(http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
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
