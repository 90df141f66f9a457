package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages and REST side of the role × action matrix ({@link AccessSpecification#PAGES}, {@link
 * AccessSpecification#API}), black box over HTTP: every page of the web module and every endpoint of the API must be
 * in the table; each is requested anonymously and as each demo account. A named account gets through (never a 401,
 * 403 or 5xx), any other is refused (403 signed in; the login page or 401 anonymously).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixHttpIT {
    static final String PASSWORD = "sillon2026";
    static final Path WEB = Path.of("..", "web", "src", "main");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Every .xhtml page of the web module outside WEB-INF, as a path under /sillon. */
    static Set<String> pagesOfTheWebModule() throws IOException {
        Path root = WEB.resolve("webapp");
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> pages = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".xhtml") && !root.relativize(f).startsWith("WEB-INF"))
                    .forEach(f -> pages.add("/" + root.relativize(f).toString().replace('\\', '/')));
            return pages;
        }
    }

    private static final Pattern CLASS_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public class");
    private static final Pattern METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b((?:\\s*@[\\w.]+(?:\\([^)]*\\))?)*)\\s*public ");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");

    /** Every endpoint of the API, read from the JAX-RS annotations of the web module's sources. */
    static Set<String> endpointsOfTheApi() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEB.resolve(Path.of("java", "fr", "sillon", "web", "api")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                Matcher c = CLASS_PATH.matcher(source);
                if (!c.find()) {
                    continue;
                }
                Matcher m = METHOD.matcher(source);
                while (m.find()) {
                    Matcher p = PATH.matcher(m.group(2));
                    String path = "/api/v1/" + c.group(1) + (p.find() ? "/" + p.group(1) : "");
                    endpoints.add(m.group(1) + " " + path.replaceAll("\\{(\\w+):[^/]*\\}", "{$1}")
                            .replaceAll("/+", "/").replaceAll("/$", ""));
                }
            }
        }
        return endpoints;
    }

    @Test
    void theSpecificationNamesEveryPageAndEveryEndpoint() throws IOException {
        assertEquals(pagesOfTheWebModule(), new TreeSet<>(AccessSpecification.parse(AccessSpecification.PAGES).keySet()),
                "pages of the web module vs the access specification");
        Set<String> endpoints = endpointsOfTheApi();
        assertTrue(endpoints.size() >= 9, "endpoints read from the sources: " + endpoints);
        assertEquals(endpoints, new TreeSet<>(AccessSpecification.parse(AccessSpecification.API).keySet()),
                "endpoints of the API vs the access specification");
    }

    @Test
    void everyPageOpensForExactlyTheAccountsTheSpecificationNames() throws Exception {
        Map<String, Set<Character>> spec = AccessSpecification.parse(AccessSpecification.PAGES);
        List<String> violations = new ArrayList<>();
        WebClient anonymous = new WebClient();
        for (var page : spec.entrySet()) {
            HttpResponse<String> r = anonymous.get(page.getKey());
            boolean atLogin = r.uri().getPath().endsWith("/login.xhtml");
            if (page.getValue().contains('*')) {
                if (r.statusCode() >= 500 || r.statusCode() == 403 || atLogin && !page.getKey().equals("/login.xhtml")) {
                    violations.add("anonymous " + page.getKey() + " → " + r.statusCode() + " " + r.uri());
                }
            } else if (!atLogin) {
                violations.add("anonymous " + page.getKey() + " not sent to the login page → " + r.statusCode());
            }
        }
        for (var account : AccessSpecification.ACCOUNTS.entrySet()) {
            WebClient web = new WebClient();
            HttpResponse<String> home = web.login(account.getValue().login(), PASSWORD);
            assertFalse(home.uri().getPath().endsWith("/login.xhtml"), account.getValue().login() + " signs in");
            for (var page : spec.entrySet()) {
                HttpResponse<String> r = web.get(page.getKey());
                String who = account.getValue().login() + " " + page.getKey() + " → " + r.statusCode();
                if (AccessSpecification.allows(page.getValue(), account.getKey())) {
                    // a page that needs an id answers 404 without one: the caller still got past the role check
                    if (r.statusCode() >= 500 || r.statusCode() == 401 || r.statusCode() == 403
                            || r.uri().getPath().endsWith("/login.xhtml") && !page.getKey().equals("/login.xhtml")) {
                        violations.add(who + " (should open)");
                    }
                } else if (r.statusCode() != 403 || !r.body().contains("Accès refusé")) {
                    violations.add(who + " (should be refused with the French 403 page)");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyEndpointAnswersExactlyTheAccountsTheSpecificationNames() throws Exception {
        Map<String, Set<Character>> spec = AccessSpecification.parse(AccessSpecification.API);
        List<String> violations = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        Map<Character, String> tokens = new java.util.HashMap<>();
        for (var account : AccessSpecification.ACCOUNTS.entrySet()) { // one token per account (each is a password check)
            tokens.put(account.getKey(), new WebClient().token(account.getValue().login(), PASSWORD));
        }
        for (var endpoint : spec.entrySet()) {
            String[] parts = endpoint.getKey().split(" ", 2);
            String path = parts[1].replace("{id}", "999999").replace("{code}", "CLEA").replace("{version}", "2018");
            String body = path.endsWith("/observations") ? "[]" : "{}";
            HttpResponse<String> anonymous = http.send(request(parts[0], path, body, null).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (endpoint.getValue().contains('*')
                    ? anonymous.statusCode() >= 500 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403
                    : anonymous.statusCode() != 401) {
                violations.add("anonymous " + endpoint.getKey() + " → " + anonymous.statusCode() + " (no Authorization header)");
            }
            for (var account : AccessSpecification.ACCOUNTS.entrySet()) {
                HttpResponse<String> r = http.send(request(parts[0], path, body, tokens.get(account.getKey())).build(),
                        HttpResponse.BodyHandlers.ofString());
                String who = account.getValue().login() + " " + endpoint.getKey() + " → " + r.statusCode() + " " + r.body();
                if (AccessSpecification.allows(endpoint.getValue(), account.getKey())) {
                    if (r.statusCode() >= 500 || r.statusCode() == 401 || r.statusCode() == 403) {
                        violations.add(who + " (should get through)");
                    }
                } else if (r.statusCode() != 403 || !r.body().contains("accès")) {
                    violations.add(who + " (should be refused with a French 403)");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** A request to the API with a demo account's token, or with no Authorization header at all when token is null. */
    static HttpRequest.Builder request(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(WebClient.BASE + path))
                .header("Accept", "application/json, */*;q=0.5");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return method.equals("GET") || method.equals("DELETE") ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
}
