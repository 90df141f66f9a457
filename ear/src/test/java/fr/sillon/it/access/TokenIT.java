package fr.sillon.it.access;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.access.ApiTokens;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.ejb.access.AccountAdminService;
import fr.sillon.ejb.access.ApiTokenService;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import fr.sillon.it.WebClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens over HTTP, against the real database: issue, use, no session, Basic and the page session refused,
 * expiry, revocation (own, current device, by the coordinator, account disabled, password reset), throttling of the
 * token endpoint per login and per client address.
 */
@ExtendWith(ArquillianExtension.class)
class TokenIT {
    static final String PASSWORD = "it-secret";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final Pattern EXPIRES = Pattern.compile("\"expiresAt\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(TokenIT.class, WebClient.class, WebClient.RawResponse.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountAdminService accounts;
    @Inject
    ApiTokenService tokens;

    /** A structure with a coordinator and a supervisor; returns the prefix of their logins (.coord, .sup). */
    record Fixture(String prefix, long supId) {
        String coord() { return prefix + ".coord"; }
        String sup() { return prefix + ".sup"; }
    }

    Fixture fixture(String name) throws Exception {
        String prefix = "it-tok-" + name + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        tx.begin();
        Structure s = new Structure(prefix.toUpperCase(), "Jardins " + name);
        em.persist(s);
        String hash = hasher.hash(PASSWORD);
        UserAccount coord = new UserAccount(prefix + ".coord", hash, "Coordinatrice " + name, Role.COORDINATOR, s);
        UserAccount sup = new UserAccount(prefix + ".sup", hash, "Encadrant " + name, Role.SUPERVISOR, s);
        em.persist(coord);
        em.persist(sup);
        tx.commit();
        return new Fixture(prefix, sup.getId());
    }

    static String json(String login, String password, String device) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\",\"device\":\"" + device + "\"}";
    }

    @Test
    void aTokenIsIssuedOnceThenUsedWithoutAnySession() throws Exception {
        Fixture f = fixture("issue");
        WebClient web = new WebClient();
        HttpResponse<String> issued = web.postJson("/api/v1/tokens", json(f.sup(), PASSWORD, "Tablette serre"));
        assertEquals(201, issued.statusCode(), issued.body());
        assertTrue(issued.headers().allValues("Set-Cookie").isEmpty(), "no session: " + issued.headers().map());
        String token = issued.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertTrue(ApiTokens.wellFormed(token), issued.body());
        Matcher m = EXPIRES.matcher(issued.body());
        assertTrue(m.find(), issued.body());
        LocalDateTime expires = LocalDateTime.parse(m.group(1), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        assertTrue(expires.isAfter(LocalDateTime.now().plusDays(29)) && expires.isBefore(LocalDateTime.now().plusDays(31)),
                "expires 30 days after last use: " + expires);

        // only the hash is stored
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from api_token where token_hash = ?1")
                .setParameter(1, ApiTokens.hash(token)).getSingleResult()).longValue());
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from api_token where token_hash = ?1")
                .setParameter(1, token).getSingleResult()).longValue());

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> me = web.getBearer("/api/v1/me", token);
            assertEquals(200, me.statusCode(), me.body());
            assertTrue(me.body().contains("\"login\":\"" + f.sup() + "\""), me.body());
            assertTrue(me.headers().allValues("Set-Cookie").isEmpty(), "the API never opens a session");
        }
        HttpResponse<String> mine = web.getBearer("/api/v1/tokens", token);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("Tablette serre"), mine.body());
        assertFalse(mine.body().contains(token), "never lists the secret");
    }

    @Test
    void badCredentialsGetAFrenchRefusal() throws Exception {
        Fixture f = fixture("bad");
        String from = randomLoopback();
        WebClient.RawResponse r = WebClient.postFrom(from, "/api/v1/tokens", json(f.sup(), "faux", "x"));
        assertEquals(401, r.status(), r.body());
        assertTrue(r.body().contains("Identifiant ou mot de passe incorrect"), r.body());
        WebClient.RawResponse missing = WebClient.postFrom(from, "/api/v1/tokens", "{\"login\":\"" + f.sup() + "\"}");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.body().contains("password"), missing.body());
    }

    @Test
    void httpBasicAndThePageSessionAreRefusedByTheApi() throws Exception {
        Fixture f = fixture("session");
        WebClient web = new WebClient();
        assertEquals(401, web.getBasic("/api/v1/me", f.sup(), PASSWORD).statusCode(), "HTTP Basic is refused");
        HttpResponse<String> home = web.login(f.sup(), PASSWORD);
        assertTrue(home.uri().getPath().endsWith("/supervisor/index.xhtml"), home.uri().toString());
        assertEquals(200, web.get("/supervisor/index.xhtml").statusCode(), "the session works for pages");
        HttpResponse<String> api = web.get("/api/v1/me");
        assertEquals(401, api.statusCode(), "a session cookie alone does not open the API: " + api.body());
        // with both a session cookie and a token, the token decides
        String token = new WebClient().token(f.sup(), PASSWORD);
        assertEquals(200, web.getBearer("/api/v1/me", token).statusCode());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Fixture f = fixture("expiry");
        WebClient web = new WebClient();
        String token = web.token(f.sup(), PASSWORD);
        assertEquals(200, web.getBearer("/api/v1/me", token).statusCode());
        tx.begin();
        em.createNativeQuery("update api_token set expires_at = ?1 where token_hash = ?2")
                .setParameter(1, LocalDateTime.now().minusMinutes(1)).setParameter(2, ApiTokens.hash(token))
                .executeUpdate();
        tx.commit();
        HttpResponse<String> refused = web.getBearer("/api/v1/me", token);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    }

    @Test
    void aDeviceLogsItselfOutAndRevokesItsOtherTokensButNotSomeoneElses() throws Exception {
        Fixture f = fixture("revoke");
        WebClient web = new WebClient();
        String tablet = web.token(f.sup(), PASSWORD);
        String phone = web.token(f.sup(), PASSWORD);
        String coord = web.token(f.coord(), PASSWORD);

        List<Long> ids = ids(web.getBearer("/api/v1/tokens", tablet).body());
        assertEquals(2, ids.size(), "the supervisor sees their two devices only");
        long coordTokenId = ids(web.getBearer("/api/v1/tokens", coord).body()).get(0);
        HttpResponse<String> notMine = web.deleteBearer("/api/v1/tokens/" + coordTokenId, tablet);
        assertEquals(404, notMine.statusCode(), notMine.body());
        assertEquals(200, web.getBearer("/api/v1/me", coord).statusCode(), "still valid");

        assertEquals(204, web.deleteBearer("/api/v1/tokens/current", tablet).statusCode());
        assertEquals(401, web.getBearer("/api/v1/me", tablet).statusCode(), "this device is logged out");
        assertEquals(200, web.getBearer("/api/v1/me", phone).statusCode(), "the other device is not");

        long phoneId = ids(web.getBearer("/api/v1/tokens", phone).body()).get(0);
        assertEquals(204, web.deleteBearer("/api/v1/tokens/" + phoneId, phone).statusCode());
        assertEquals(401, web.getBearer("/api/v1/me", phone).statusCode());
    }

    @Test
    void theCoordinatorSeesAndRevokesTheStructuresDevicesAndDisablingOrResettingRevokesThem() throws Exception {
        Fixture f = fixture("coord");
        Fixture other = fixture("other");
        WebClient web = new WebClient();
        String t1 = web.token(f.sup(), PASSWORD);
        String t2 = web.token(f.sup(), PASSWORD);
        String t3 = web.token(f.sup(), PASSWORD);
        String foreign = web.token(other.sup(), PASSWORD);
        Set<String> coordRoles = Set.of("COORDINATOR", "SUPERVISOR");

        List<ApiTokenService.TokenRow> rows = RunAs.user(f.coord(), coordRoles, () -> tokens.ofStructure());
        assertEquals(3, rows.size(), "the structure's devices, not the other structure's: " + rows);
        assertTrue(rows.stream().allMatch(r -> r.login().equals(f.sup())));
        long foreignId = RunAs.user(other.coord(), coordRoles, () -> tokens.ofStructure()).get(0).id();
        assertThrows(Exception.class, () -> RunAs.user(f.coord(), coordRoles, () -> {
            tokens.revokeInStructure(foreignId);
            return null;
        }), "another structure's device is not found");
        assertEquals(200, web.getBearer("/api/v1/me", foreign).statusCode());

        RunAs.user(f.coord(), coordRoles, () -> {
            tokens.revokeInStructure(rows.get(0).id());
            return null;
        });
        assertEquals(2, RunAs.user(f.coord(), coordRoles, () -> tokens.ofStructure()).size());

        // password reset: every device of the account must sign in again
        RunAs.user(f.coord(), coordRoles, () -> accounts.resetPassword(f.supId()));
        assertEquals(401, web.getBearer("/api/v1/me", t1).statusCode());
        assertEquals(401, web.getBearer("/api/v1/me", t2).statusCode());
        assertEquals(401, web.getBearer("/api/v1/me", t3).statusCode());
        assertEquals(0, RunAs.user(f.coord(), coordRoles, () -> tokens.ofStructure()).size());

        // disabled account: its tokens are revoked, and no new one is issued
        String before = new WebClient().token(other.sup(), PASSWORD);
        RunAs.user(other.coord(), coordRoles, () -> {
            accounts.setEnabled(idOf(other.sup()), false);
            return null;
        });
        assertEquals(401, web.getBearer("/api/v1/me", before).statusCode());
        assertEquals(401, web.getBearer("/api/v1/me", foreign).statusCode());
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from api_token t join user_account u "
                + "on u.id = t.user_account_id where u.login = ?1 and t.revoked_at is null")
                .setParameter(1, other.sup()).getSingleResult()).longValue(), "revoked in the database");
        WebClient.RawResponse again = WebClient.postFrom(randomLoopback(), "/api/v1/tokens",
                json(other.sup(), PASSWORD, "x"));
        assertEquals(401, again.status(), again.body());
    }

    @Test
    void passwordChecksAreThrottledPerLogin() throws Exception {
        Fixture f = fixture("throttle-login");
        for (int i = 0; i < 5; i++) {
            // five addresses, so that only the per-login count can trip
            WebClient.RawResponse r = WebClient.postFrom(randomLoopback(), "/api/v1/tokens", json(f.coord(), "faux" + i, "x"));
            assertEquals(401, r.status(), r.body());
        }
        WebClient.RawResponse throttled = WebClient.postFrom(randomLoopback(), "/api/v1/tokens",
                json(f.coord(), PASSWORD, "x"));
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.body().contains("Trop de tentatives"), throttled.body());
        int retryAfter = Integer.parseInt(throttled.headers().get("retry-after"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        // another login from the same kind of client is not affected
        assertEquals(201, WebClient.postFrom(randomLoopback(), "/api/v1/tokens", json(f.sup(), PASSWORD, "x")).status());
    }

    @Test
    void passwordChecksAreThrottledPerClientAddress() throws Exception {
        Fixture f = fixture("throttle-address");
        String from = randomLoopback();
        for (int i = 0; i < 10; i++) {
            // ten different unknown logins: only the per-address count can trip
            WebClient.RawResponse r = WebClient.postFrom(from, "/api/v1/tokens", json(f.prefix() + ".ghost" + i, "faux", "x"));
            assertEquals(401, r.status(), r.body());
        }
        WebClient.RawResponse throttled = WebClient.postFrom(from, "/api/v1/tokens", json(f.sup(), PASSWORD, "x"));
        assertEquals(429, throttled.status(), "even right credentials wait: " + throttled.body());
        assertNotNull(throttled.headers().get("retry-after"));
        assertEquals(201, WebClient.postFrom(randomLoopback(), "/api/v1/tokens", json(f.sup(), PASSWORD, "x")).status(),
                "another address is not affected");
    }

    private long idOf(String login) {
        return ((Number) em.createNativeQuery("select id from user_account where login = ?1").setParameter(1, login)
                .getSingleResult()).longValue();
    }

    static List<Long> ids(String json) {
        return ID.matcher(json).results().map(r -> Long.parseLong(r.group(1))).toList();
    }

    /** A loopback source address other than 127.0.0.1 (the other tests' address), new for each call. */
    static String randomLoopback() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }
}
