package fr.sillon.it.security;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.ejb.access.AccountAdminService;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.it.Deployments;
import fr.sillon.it.RunAs;
import fr.sillon.it.WebClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 (OWASP ASVS 5.0 level 2), tried as an attacker would against the running test server: the password
 * lifecycle (change, provisional passwords, who resets whom, sessions and tokens ending), throttling per client address
 * of the login page, the same answer for unknown, locked and wrong, and bad inputs answered 4xx in French. Fixtures are
 * fresh structures and accounts (never the demo accounts, whose passwords other tests use).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityLifecycleHttpIT {
    static final String PASSWORD = "it-secret-du-jardin";
    static final String NEW_PASSWORD = "poireaux sous la serre";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SecurityLifecycleHttpIT.class, WebClient.class, WebClient.RawResponse.class);
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
    fr.sillon.ejb.pathway.FollowUpService followUp;
    @Inject
    fr.sillon.ejb.access.AuditLogService auditLog;
    @Inject
    fr.sillon.ejb.access.TotpService totp;
    @Inject
    fr.sillon.ejb.pathway.ParticipantService participants;
    @Inject
    fr.sillon.ejb.pathway.ExitService exits;
    @Inject
    fr.sillon.ejb.pathway.PathwayRetentionJob retention;
    @Inject
    fr.sillon.ejb.certificate.CertificateService certificates;

    record Fixture(String prefix, long structureId, long coordId, long coord2Id, long supId) {
        String coord() { return prefix + ".coord"; }
        String coord2() { return prefix + ".coord2"; }
        String sup() { return prefix + ".sup"; }
    }

    Fixture fixture(String name) throws Exception {
        String prefix = "it-sec-" + name + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        tx.begin();
        Structure s = new Structure(prefix.toUpperCase(Locale.ROOT), "Jardins " + name);
        em.persist(s);
        String hash = hasher.hash(PASSWORD);
        UserAccount coord = new UserAccount(prefix + ".coord", hash, "Coordinatrice " + name, Role.COORDINATOR, s);
        UserAccount coord2 = new UserAccount(prefix + ".coord2", hash, "Coordinateur " + name, Role.COORDINATOR, s);
        UserAccount sup = new UserAccount(prefix + ".sup", hash, "Encadrant " + name, Role.SUPERVISOR, s);
        em.persist(coord);
        em.persist(coord2);
        em.persist(sup);
        tx.commit();
        return new Fixture(prefix, s.getId(), coord.getId(), coord2.getId(), sup.getId());
    }

    <T> T asCoordinator(Fixture f, java.util.concurrent.Callable<T> call) throws Exception {
        return RunAs.user(f.coord(), Set.of("COORDINATOR", "SUPERVISOR"), call);
    }

    // ------------------------------------------------------------------------------------------ points 1 and 8

    /** Run by the test JVM (it has the JDBC driver and the tests' database address and password). */
    @Test
    @org.jboss.arquillian.container.test.api.RunAsClient
    void theDatabaseListensOnLoopbackAndWantsItsPassword() throws Exception {
        String url = System.getenv("SILLON_DB_URL");
        String user = System.getenv("SILLON_DB_USER");
        String password = System.getenv("SILLON_DB_PASSWORD");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && url.contains("localhost:"),
                "the embedded database of the tests (not an external one)");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
             java.sql.ResultSet r = c.createStatement().executeQuery("select @@skip_grant_tables, @@bind_address")) {
            assertTrue(r.next());
            assertEquals(0, r.getInt(1), "grant tables in force");
            assertEquals("127.0.0.1", r.getString(2));
        }
        for (String[] wrong : new String[][] {{user, "sillon"}, {user, ""}, {user, password + "x"}, {"root", ""},
                {"root", "root"}, {"admin", "sillon2026"}}) {
            java.sql.SQLException refused = assertThrows(java.sql.SQLException.class,
                    () -> java.sql.DriverManager.getConnection(url, wrong[0], wrong[1]).close(), wrong[0] + "/" + wrong[1]);
            assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
        }
        assertFalse("sillon".equals(password), "no default password");
    }

    @Test
    void theDatabaseRecordsItIsADemoOne() {
        assertEquals("DEMO", em.createNativeQuery("select mode from platform_mode where id = 1").getSingleResult());
    }

    // ------------------------------------------------------------------------------------------ point 2

    @Test
    void thePublicVerificationIsRateLimitedPerClientAddress() throws Exception {
        String from = randomLoopback();
        for (int i = 0; i < 60; i++) {
            WebClient.RawResponse r = raw(from, "GET", "/verify/SIL-2099-" + String.format("%06d", i) + "/AAAAA-AAAAA", null, null);
            assertEquals(404, r.status(), "a wrong number or code: the French 404, nothing about anyone");
        }
        WebClient.RawResponse limited = raw(from, "GET", "/verify/SIL-2099-000061/AAAAA-AAAAA", null, null);
        assertEquals(429, limited.status());
        assertTrue(limited.body().contains("Trop de vérifications depuis votre adresse"), limited.body());
        assertNotNull(limited.headers().get("retry-after"));
        assertEquals(404, raw(randomLoopback(), "GET", "/verify/SIL-2099-000061/AAAAA-AAAAA", null, null).status(),
                "another address is not limited");
    }

    // ------------------------------------------------------------------------------------------ point 4: passwords

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndAStrongOneAndEndsTheOtherSessionsAndTokens() throws Exception {
        Fixture f = fixture("change");
        WebClient here = new WebClient();
        WebClient elsewhere = new WebClient();
        here.login(f.sup(), PASSWORD);
        assertEquals(200, elsewhere.login(f.sup(), PASSWORD).statusCode());
        String token = new WebClient().token(f.sup(), PASSWORD);
        assertEquals(200, new WebClient().getBearer("/api/v1/me", token).statusCode());

        HttpResponse<String> wrong = changePassword(here, "pas-le-bon-du-tout", NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(wrong.body().contains("Le mot de passe actuel saisi n&#39;est pas le bon")
                || wrong.body().contains("Le mot de passe actuel saisi n'est pas le bon"), wrong.body());
        assertTrue(changePassword(here, PASSWORD, "Motdepasse2026!", "Motdepasse2026!").body().contains("trop courant"));
        assertTrue(changePassword(here, PASSWORD, "court-11car", "court-11car").body().contains("au moins 12 caractères"));
        assertTrue(changePassword(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x").body().contains("différents"));
        assertEquals(1L, count("select count(*) from audit_entry where actor_login = ?1 and action = 'PASSWORD_CHANGE'"
                + " and outcome = 'FAILED'", f.sup()), "the wrong current password is audited");

        HttpResponse<String> done = changePassword(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(done.uri().getPath().endsWith("/supervisor/index.xhtml"), done.uri().toString());
        assertTrue(done.body().contains("Votre mot de passe est changé"), done.body());
        assertEquals(200, here.get("/supervisor/index.xhtml").statusCode(), "this session goes on");
        HttpResponse<String> other = elsewhere.get("/supervisor/index.xhtml");
        assertTrue(other.uri().getPath().endsWith("/login.xhtml"), "the other session ended: " + other.uri());
        assertEquals(401, new WebClient().getBearer("/api/v1/me", token).statusCode(), "the device is signed out");
        assertTrue(formLoginFrom(randomLoopback(), f.sup(), PASSWORD).body().contains("Identifiant ou mot de passe incorrect"),
                "old password"); // wrong ones from other addresses: 127.0.0.1 stays unthrottled for the other tests
        assertTrue(new WebClient().login(f.sup(), NEW_PASSWORD).uri().getPath().endsWith("/supervisor/index.xhtml"));
        assertEquals(1L, count("select count(*) from audit_entry where actor_login = ?1 and action = 'PASSWORD_CHANGE'"
                + " and outcome = 'OK'", f.sup()));
    }

    @Test
    void aProvisionalPasswordMustBeChangedFirstAndOpensNothingElse() throws Exception {
        Fixture f = fixture("provisional");
        WebClient before = new WebClient();
        before.login(f.sup(), PASSWORD);
        String oldToken = new WebClient().token(f.sup(), PASSWORD);
        String provisional = asCoordinator(f, () -> accounts.resetPassword(f.supId())).password();
        assertTrue(before.get("/supervisor/index.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "a reset ends the sessions of the account");
        assertEquals(401, new WebClient().getBearer("/api/v1/me", oldToken).statusCode());

        WebClient web = new WebClient();
        HttpResponse<String> landed = web.login(f.sup(), provisional);
        assertTrue(landed.uri().getPath().endsWith("/account/password.xhtml"), landed.uri().toString());
        assertTrue(landed.body().contains("choisissez-en un à vous"), landed.body());
        HttpResponse<String> elsewhere = web.get("/supervisor/index.xhtml");
        assertTrue(elsewhere.uri().getPath().endsWith("/account/password.xhtml"), "nothing else: " + elsewhere.uri());
        HttpResponse<String> api = web.postJson("/api/v1/tokens", "{\"login\":\"" + f.sup() + "\",\"password\":\""
                + provisional + "\",\"device\":\"x\"}");
        assertEquals(401, api.statusCode(), "no API token for a provisional password: " + api.body());

        HttpResponse<String> done = changePassword(web, provisional, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(done.uri().getPath().endsWith("/supervisor/index.xhtml"), done.uri().toString());
        assertEquals(200, web.get("/supervisor/index.xhtml").statusCode());
        assertNull(em.createNativeQuery("select password_provisional_until from user_account where id = ?1")
                .setParameter(1, f.supId()).getSingleResult());
    }

    @Test
    void aProvisionalPasswordExpiresAfterSevenDays() throws Exception {
        Fixture f = fixture("expired");
        String provisional = asCoordinator(f, () -> accounts.resetPassword(f.supId())).password();
        Object until = em.createNativeQuery("select password_provisional_until from user_account where id = ?1")
                .setParameter(1, f.supId()).getSingleResult();
        java.time.LocalDateTime at = until instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) until;
        assertTrue(at.isAfter(java.time.LocalDateTime.now().plusDays(6)) && at.isBefore(java.time.LocalDateTime.now().plusDays(8)), at.toString());
        tx.begin();
        em.createNativeQuery("update user_account set password_provisional_until = ?1 where id = ?2")
                .setParameter(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusSeconds(1)))
                .setParameter(2, f.supId()).executeUpdate();
        tx.commit();
        WebClient.RawResponse page = formLoginFrom(randomLoopback(), f.sup(), provisional);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Ce mot de passe provisoire a expiré"), page.body());
        WebClient.RawResponse wrong = formLoginFrom(randomLoopback(), f.sup(), provisional + "x");
        assertFalse(wrong.body().contains("provisoire"), "only its holder learns that it expired");
    }

    @Test
    void aCoordinatorResetsOnlySupervisorsAndParticipants() throws Exception {
        Fixture f = fixture("reset");
        DomainException refused = assertThrows(DomainException.class,
                () -> asCoordinator(f, () -> accounts.resetPassword(f.coord2Id())));
        assertEquals("access.account.resetNotAllowed", refused.getKey());
        assertEquals(1L, count("select count(*) from audit_entry where actor_login = ?1 and action ="
                + " 'ACCOUNT_RESET_PASSWORD' and outcome = 'REFUSED' and target_id = '" + f.coord2Id() + "'", f.coord()));
        assertTrue(new WebClient().login(f.coord2(), PASSWORD).uri().getPath().endsWith("/coordinator/index.xhtml"),
                "the other coordinator's password still works");
        assertNotNull(asCoordinator(f, () -> accounts.resetPassword(f.supId())).password(), "a supervisor's: yes");
    }

    // ------------------------------------------------------------------------------------------ point 6: throttling

    @Test
    void theLoginPageIsThrottledPerClientAddress() throws Exception {
        Fixture f = fixture("throttle");
        String from = randomLoopback();
        for (int i = 0; i < 10; i++) {
            WebClient.RawResponse r = formLoginFrom(from, f.prefix() + ".inconnu" + i, "faux");
            assertEquals(200, r.status(), r.body());
            assertTrue(r.body().contains("Identifiant ou mot de passe incorrect"), r.body());
        }
        WebClient.RawResponse throttled = formLoginFrom(from, f.sup(), PASSWORD);
        assertEquals(429, throttled.status(), "the right password from a throttled address is not even checked");
        assertTrue(throttled.body().contains("Trop de tentatives de connexion depuis votre adresse"), throttled.body());
        assertNotNull(throttled.headers().get("retry-after"));
        assertTrue(count("select count(*) from audit_entry where action = 'LOGIN' and outcome = 'REFUSED' and detail = ?1",
                "trop de tentatives depuis " + from) >= 1);
        // the same counter as the token endpoint's: the API is throttled for this address too
        assertEquals(429, WebClient.postFrom(from, "/api/v1/tokens", "{\"login\":\"" + f.sup() + "\",\"password\":\""
                + PASSWORD + "\"}").status());
        // another address is not
        assertTrue(new WebClient().login(f.sup(), PASSWORD).uri().getPath().endsWith("/supervisor/index.xhtml"));
        assertEquals(0, ((Number) em.createNativeQuery("select failed_logins from user_account where id = ?1")
                .setParameter(1, f.supId()).getSingleResult()).intValue());
    }

    @Test
    void unknownLockedAndWrongGetTheSameAnswerInSimilarTime() throws Exception {
        Fixture f = fixture("same");
        for (int i = 0; i < 5; i++) { // lock the coordinator (each try from its own address: no address throttling)
            formLoginFrom(randomLoopback(), f.coord(), "faux" + i);
        }
        assertTrue(((Number) em.createNativeQuery("select count(*) from user_account where id = ?1 and locked_until > now()")
                .setParameter(1, f.coordId()).getSingleResult()).longValue() == 1, "locked");
        Map<String, String> who = new LinkedHashMap<>();
        who.put("unknown", f.prefix() + ".personne");
        who.put("locked", f.coord());
        who.put("wrong", f.sup());
        Map<String, Long> fastest = new LinkedHashMap<>();
        String formAnswer = null;
        String apiAnswer = null;
        for (Map.Entry<String, String> e : who.entrySet()) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                WebClient.RawResponse r = WebClient.postFrom(randomLoopback(), "/api/v1/tokens",
                        "{\"login\":\"" + e.getValue() + "\",\"password\":\"faux\"}");
                best = Math.min(best, System.nanoTime() - t0);
                assertEquals(401, r.status(), e.getKey());
                assertEquals(apiAnswer == null ? r.body() : apiAnswer, r.body(), e.getKey());
                apiAnswer = r.body();
            }
            fastest.put(e.getKey(), best / 1_000_000);
            String message = message(formLoginFrom(randomLoopback(), e.getValue(), "faux").body());
            assertEquals(formAnswer == null ? message : formAnswer, message, e.getKey());
            formAnswer = message;
        }
        long t0 = System.nanoTime();
        String h = hasher.hash("faux");
        long t1 = System.nanoTime();
        hasher.verify("faux2", h);
        long t2 = System.nanoTime();
        System.out.println("Issue 14 — fastest of 3 token requests with a wrong password, in ms: " + fastest
                + "; in the server: hash " + (t1 - t0) / 1_000_000 + " ms, verify " + (t2 - t1) / 1_000_000 + " ms");
        // a coarse bound only (the machine is shared): before issue 14 a locked account answered 17 times faster
        for (String kind : List.of("unknown", "locked")) {
            assertTrue(fastest.get(kind) * 3 >= fastest.get("wrong"), kind + " answers much faster: " + fastest);
        }
    }

    // ------------------------------------------------------------------------------------------ point 5: TOTP

    @Test
    void aCoordinatorEnrolsTheSecondFactorThenSignsInWithACodeOrARecoveryCodeOnce() throws Exception {
        Fixture f = fixture("totp");
        WebClient web = new WebClient();
        web.login(f.coord(), PASSWORD);
        HttpResponse<String> page = web.get("/account/totp.xhtml");
        assertTrue(page.body().contains("pas activée"), page.body());
        HttpResponse<String> started = post(web, page, "totp", Map.of("totp:start", ""));
        Matcher secretShown = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>").matcher(started.body());
        assertTrue(secretShown.find(), started.body());
        assertTrue(started.body().contains("<svg") && started.body().contains("Code QR à scanner"), "QR code, in French");
        String secret = secretShown.group(1).replace(" ", "");
        HttpResponse<String> refused = post(web, started, "totp", Map.of("totp:code", "000000", "totp:confirm", ""));
        assertTrue(refused.body().replace("&#39;", "'").contains("Ce code n'est pas le bon"), refused.body());
        HttpResponse<String> start2 = refused;
        long step = fr.sillon.domain.access.Totp.step(java.time.Instant.now());
        HttpResponse<String> enabled = post(web, start2, "totp", Map.of("totp:code",
                fr.sillon.domain.access.Totp.code(secret, step), "totp:confirm", ""));
        assertTrue(enabled.body().contains("La double authentification est activée"), enabled.body());
        Matcher codeShown = Pattern.compile("<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})</code></li>").matcher(enabled.body());
        List<String> recovery = new ArrayList<>();
        while (codeShown.find()) {
            recovery.add(codeShown.group(1));
        }
        assertEquals(10, recovery.size(), enabled.body());
        assertEquals(10L, count("select count(*) from totp_recovery_code where user_account_id = ?1", f.coordId()));
        assertEquals(0L, count("select count(*) from totp_recovery_code where code_hash = ?1", recovery.get(0)),
                "only hashes are kept");

        // the password alone opens nothing
        WebClient next = new WebClient();
        HttpResponse<String> asked = next.login(f.coord(), PASSWORD);
        assertTrue(asked.uri().getPath().endsWith("/totp.xhtml"), asked.uri().toString());
        assertTrue(asked.body().contains("application d&#39;authentification") || asked.body().contains("application d'authentification"));
        assertTrue(next.get("/coordinator/index.xhtml").uri().getPath().endsWith("/login.xhtml"), "not signed in yet");
        asked = next.login(f.coord(), PASSWORD);
        HttpResponse<String> wrong = post(next, asked, "totp", Map.of("totp:code", "000000", "totp:submit", ""));
        assertTrue(wrong.body().contains("Code incorrect"), wrong.body());
        assertEquals(1L, count("select count(*) from audit_entry where actor_login = ?1 and action = 'LOGIN_TOTP'"
                + " and outcome = 'FAILED'", f.coord()));
        String fresh = freshCode(secret, step);
        HttpResponse<String> in = post(next, wrong, "totp", Map.of("totp:code", fresh, "totp:submit", ""));
        assertTrue(in.uri().getPath().endsWith("/coordinator/index.xhtml"), in.uri() + "\n" + in.body());
        // the same code again: refused (a code serves once)
        WebClient replay = new WebClient();
        HttpResponse<String> r = post(replay, replay.login(f.coord(), PASSWORD), "totp", Map.of("totp:code",
                fresh, "totp:submit", ""));
        assertTrue(r.body().contains("Code incorrect"), "replayed code");

        // the API: the password alone gets no token either; with a current code it does
        String tokenJson = "{\"login\":\"" + f.coord() + "\",\"password\":\"" + PASSWORD + "\"";
        assertEquals(401, WebClient.postFrom(randomLoopback(), "/api/v1/tokens", tokenJson + "}").status());
        assertEquals(201, WebClient.postFrom(randomLoopback(), "/api/v1/tokens", tokenJson + ",\"code\":\""
                + recovery.get(5) + "\"}").status(), "with a (recovery) code");

        // a recovery code, once
        WebClient lost = new WebClient();
        HttpResponse<String> withRecovery = post(lost, lost.login(f.coord(), PASSWORD), "totp",
                Map.of("totp:code", recovery.get(3).toLowerCase(Locale.ROOT), "totp:submit", ""));
        assertTrue(withRecovery.uri().getPath().endsWith("/coordinator/index.xhtml"), withRecovery.body());
        assertTrue(withRecovery.body().contains("code de secours"), withRecovery.body());
        WebClient twice = new WebClient();
        assertTrue(post(twice, twice.login(f.coord(), PASSWORD), "totp",
                Map.of("totp:code", recovery.get(3), "totp:submit", "")).body().contains("Code incorrect"));
    }

    @Test
    void theStructureCanRequireTheSecondFactorOfItsCoordinators() throws Exception {
        Fixture f = fixture("totpreq");
        String secret = fr.sillon.domain.access.Totp.newSecret();
        long step = fr.sillon.domain.access.Totp.step(java.time.Instant.now());
        asCoordinator(f, () -> totp.enable(secret, fr.sillon.domain.access.Totp.code(secret, step)));
        asCoordinator(f, () -> {
            totp.setStructureRequires(true);
            return null;
        });
        WebClient other = new WebClient();
        HttpResponse<String> landed = other.login(f.coord2(), PASSWORD);
        assertTrue(landed.uri().getPath().endsWith("/account/totp.xhtml"), landed.uri().toString());
        assertTrue(landed.body().contains("Votre structure exige la double authentification"), landed.body());
        assertTrue(other.get("/coordinator/participants.xhtml").uri().getPath().endsWith("/account/totp.xhtml"));
        // the supervisor of the same structure is not concerned
        assertTrue(new WebClient().login(f.sup(), PASSWORD).uri().getPath().endsWith("/supervisor/index.xhtml"));
        assertThrows(DomainException.class, () -> asCoordinator(f, () -> {
            totp.disable(fr.sillon.domain.access.Totp.code(secret, step + 1));
            return null;
        }), "required: cannot be turned off");
    }

    /** A code of a step after {@code usedStep} that the server accepts now (waits for the next step if need be). */
    static String freshCode(String secret, long usedStep) throws InterruptedException {
        while (true) {
            long current = fr.sillon.domain.access.Totp.step(java.time.Instant.now());
            long s = Math.max(current - 1, usedStep + 1);
            if (s <= current + 1 && s >= current) {
                return fr.sillon.domain.access.Totp.code(secret, s);
            }
            if (s == current - 1 && s > usedStep) {
                return fr.sillon.domain.access.Totp.code(secret, current);
            }
            Thread.sleep(1000);
        }
    }

    HttpResponse<String> post(WebClient web, HttpResponse<String> page, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return web.postForm(page.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
    }

    // ------------------------------------------------------------------------------------------ point 7: audit

    @Test
    void signInsAndSignOutsAreAudited() throws Exception {
        Fixture f = fixture("audit");
        WebClient web = new WebClient();
        HttpResponse<String> home = web.login(f.sup(), PASSWORD);
        assertEquals(1L, count("select count(*) from audit_entry where actor_login = ?1 and action = 'LOGIN'"
                + " and outcome = 'OK'", f.sup()));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:logout", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(home.body()));
        web.postForm(home.uri().toString(), form);
        assertEquals(1L, count("select count(*) from audit_entry where actor_login = ?1 and action = 'LOGOUT'", f.sup()));
    }

    @Test
    void readingHealthJusticeAndPrivateNotesIsAuditedAndRefusalsReachTheTargetStructure() throws Exception {
        long pathway = ((Number) em.createNativeQuery("""
                select b.pathway_id from barrier b join user_account u on u.structure_id = b.structure_id
                where u.login = 'coordinatrice' and b.category = 'HEALTH' order by b.id limit 1""").getSingleResult())
                .longValue();
        // the same filter before and after: earlier tests may have read this pathway's private notes
        long before = count("select count(*) from audit_entry where action = 'SENSITIVE_READ' and target_id = ?1"
                + " and detail like 'freins sensibles%'", String.valueOf(pathway));
        List<?> barriers = RunAs.coordinator(() -> followUp.barriers(pathway));
        assertFalse(barriers.isEmpty());
        assertEquals(before + 1, count("select count(*) from audit_entry where action = 'SENSITIVE_READ' and target_id = ?1"
                + " and detail like 'freins sensibles%'", String.valueOf(pathway)));
        RunAs.coordinator(() -> followUp.interviews(pathway));
        assertTrue(count("select count(*) from audit_entry where action = 'SENSITIVE_READ' and target_id = ?1"
                + " and detail like '%note(s) privée(s)%'", String.valueOf(pathway)) >= 1, "private notes read");
        // a supervisor sees no detail of a sensitive barrier: nothing sensitive read, nothing written
        long supervisorReads = count("select count(*) from audit_entry where action = 'SENSITIVE_READ' and actor_login = ?1",
                "encadrant");
        RunAs.supervisor(() -> followUp.barriers(pathway));
        assertEquals(supervisorReads, count("select count(*) from audit_entry where action = 'SENSITIVE_READ'"
                + " and actor_login = ?1", "encadrant"));

        // another structure's coordinator tries the pathway by id: refused, and the targeted structure sees it
        assertThrows(Exception.class, () -> RunAs.user("coordinateur2", Set.of("COORDINATOR", "SUPERVISOR"),
                () -> followUp.barriers(pathway)));
        List<fr.sillon.ejb.access.AuditLogService.AuditRow> seen = RunAs.coordinator(
                () -> auditLog.entries("coordinateur2", true, 0, 50));
        assertTrue(seen.stream().anyMatch(r -> r.action().equals("BARRIER_READ") && r.outcome().equals("REFUSED")
                && String.valueOf(pathway).equals(r.targetId())), "the targeted structure sees the attempt: " + seen);
        assertTrue(RunAs.admin(() -> auditLog.entries("coordinateur2", true, 0, 50)).stream()
                .anyMatch(r -> r.action().equals("BARRIER_READ")), "and the administrator");
        // refusals outside the tenant guard too: a certificate preview of that pathway
        assertThrows(Exception.class, () -> RunAs.user("coordinateur2", Set.of("COORDINATOR", "SUPERVISOR"),
                () -> certificates.previewSnapshot(pathway)));
        assertTrue(RunAs.coordinator(() -> auditLog.entries("coordinateur2", true, 0, 50)).stream()
                .anyMatch(r -> r.action().equals("CERTIFICATE_PREVIEW") && r.outcome().equals("REFUSED")
                        && String.valueOf(pathway).equals(r.targetId())), "the certificate preview attempt is seen too");
    }

    // ------------------------------------------------------------------------------------------ point 9: anonymisation

    @Test
    void anonymisationReachesTheAccountTheFreeTextAndPathwaysClosedWithoutExit() throws Exception {
        Fixture f = fixture("gdpr");
        long amina = asCoordinator(f, () -> participants.createParticipant(
                fr.sillon.ejb.pathway.PathwayViews.NewParticipant.of("Aminata", "Sillonnière", LocalDate.of(1990, 2, 14),
                        LocalDate.of(2022, 1, 3))));
        asCoordinator(f, () -> {
            exits.recordExit(amina, LocalDate.of(2023, 3, 31), fr.sillon.domain.pathway.ExitMotive.UNEMPLOYED,
                    "Aminata Sillonnière part en formation");
            return null;
        });
        long zoe = asCoordinator(f, () -> participants.createParticipant(
                fr.sillon.ejb.pathway.PathwayViews.NewParticipant.of("Zoé", "Sansfin", LocalDate.of(1985, 1, 1),
                        LocalDate.of(2022, 2, 1))));
        tx.begin();
        UserAccount account = new UserAccount(f.prefix() + ".aminata", hasher.hash(PASSWORD), "Aminata Sillonnière",
                Role.PARTICIPANT, em.find(Structure.class, f.structureId()));
        em.persist(account);
        em.createNativeQuery("update pathway set status = 'EXITED' where id = ?1").setParameter(1, zoe).executeUpdate();
        em.createNativeQuery("insert into audit_entry (actor_login, structure_id, action, outcome, detail)"
                + " values ('it', ?1, 'IT_NOTE', 'OK', 'Lecture du dossier de SILLONNIÈRE Aminata')")
                .setParameter(1, f.structureId()).executeUpdate();
        // a task record's group note names her
        em.createNativeQuery("insert into site (structure_id, name, kind) values (?1, 'Jardin gdpr', 'JARDIN')")
                .setParameter(1, f.structureId()).executeUpdate();
        em.createNativeQuery("""
                        insert into task_record (structure_id, performed_on, site_id, task_type_id, duration_minutes,
                                                 supervisor_id, note)
                        select ?1, '2022-06-01', (select max(id) from site where structure_id = ?1),
                               (select min(id) from task_type), 120, ?2, 'Aminata Sillonnière a mené le groupe'""")
                .setParameter(1, f.structureId()).setParameter(2, account.getId()).executeUpdate();
        em.createNativeQuery("insert into task_record_participant (task_record_id, participant_id)"
                        + " select max(id), (select participant_id from pathway where id = ?1) from task_record"
                        + " where structure_id = ?2")
                .setParameter(1, amina).setParameter(2, f.structureId()).executeUpdate();
        tx.commit();
        asCoordinator(f, () -> {
            participants.linkParticipantAccount(amina, account.getId());
            return null;
        });

        assertEquals(2, RunAs.admin(() -> retention.anonymiseExpired(LocalDate.now(), f.structureId())),
                "the one with an exit and the one closed without");
        Object[] acc = (Object[]) em.createNativeQuery("select login, display_name, enabled, email from user_account where id = ?1")
                .setParameter(1, account.getId()).getSingleResult();
        assertEquals("anonyme-" + account.getId(), acc[0]);
        assertEquals("Personne anonymisée", acc[1]);
        assertFalse(Boolean.TRUE.equals(acc[2]) || acc[2] instanceof Number n && n.intValue() != 0, "disabled");
        assertEquals("[personne anonymisée] part en formation", em.createNativeQuery(
                "select comment from pathway_exit where pathway_id = ?1").setParameter(1, amina).getSingleResult());
        assertEquals("[personne anonymisée] a mené le groupe", em.createNativeQuery(
                "select note from task_record where structure_id = ?1").setParameter(1, f.structureId()).getSingleResult());
        assertEquals(0L, count("select count(*) from audit_entry where structure_id = ?1 and detail like '%Sillonni%'",
                f.structureId()), "no audit detail names her");
        assertEquals(1L, count("select count(*) from audit_entry where structure_id = ?1 and detail ="
                + " 'Lecture du dossier de [personne anonymisée]'", f.structureId()));
        assertEquals(2L, count("select count(*) from participant where structure_id = ?1 and anonymised = true",
                f.structureId()));
        assertTrue(formLoginFrom(randomLoopback(), f.prefix() + ".aminata", PASSWORD).body()
                .contains("Identifiant ou mot de passe incorrect"), "no way in");
    }

    // ------------------------------------------------------------------------------------------ point 11: bad inputs

    @Test
    void overlongLoginsAreRefusedNeverA500() throws Exception {
        String longLogin = "a".repeat(300);
        WebClient.RawResponse form = formLoginFrom(randomLoopback(), longLogin, "faux");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("Identifiant ou mot de passe incorrect"), form.body());
        assertEquals(401, new WebClient().getBasic("/api/v1/me", longLogin, "faux").statusCode());
        WebClient.RawResponse token = WebClient.postFrom(randomLoopback(), "/api/v1/tokens",
                "{\"login\":\"" + longLogin + "\",\"password\":\"faux\"}");
        assertEquals(401, token.status(), token.body());
        WebClient.RawResponse forged = formLoginFrom(randomLoopback(), "intrus\r\nSEVERE faux message", "faux");
        assertEquals(200, forged.status());
    }

    @Test
    void badAddressesAndExpiredPagesAreFrench4xx() throws Exception {
        WebClient coordinator = new WebClient();
        coordinator.login("coordinatrice", "sillon2026");
        for (String id : List.of("abc", "12%27%20or%201=1", "99999999999999999999999", "-3", "")) {
            HttpResponse<String> page = coordinator.get("/coordinator/pathway.xhtml?id=" + id);
            assertEquals(404, page.statusCode(), "?id=" + id + "\n" + page.body());
            assertTrue(page.body().contains("lang=\"fr\""), page.body());
        }
        // a form posted with a view state the server does not know (expired session, forged): French page, 400
        HttpResponse<String> home = coordinator.get("/coordinator/index.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:logout", "");
        form.put("jakarta.faces.ViewState", "-123456789:987654321");
        HttpResponse<String> expired = coordinator.postForm(home.uri().toString(), form);
        assertEquals(400, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("lang=\"fr\""), expired.body());
        // a pathway id too large for a long is refused, never wrapped to another pathway
        String token = new WebClient().token("coordinatrice", "sillon2026");
        HttpResponse<String> huge = coordinator.postJsonBearer("/api/v1/certificates",
                "{\"pathwayId\": 99999999999999999999999}", token);
        assertEquals(400, huge.statusCode(), huge.body());
        assertTrue(huge.body().contains("Requête refusée"), huge.body());
        assertEquals(400, coordinator.postJsonBearer("/api/v1/certificates", "{\"pathwayId\": 1.5}", token).statusCode());
        coordinator.deleteBearer("/api/v1/tokens/current", token);
    }

    // ------------------------------------------------------------------------------------------ helpers

    HttpResponse<String> changePassword(WebClient web, String current, String next, String confirmation)
            throws IOException, InterruptedException {
        HttpResponse<String> page = web.get("/account/password.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:current", current);
        form.put("password:next", next);
        form.put("password:confirmation", confirmation);
        form.put("password:change", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return web.postForm(page.uri().toString().replaceFirst(";jsessionid=[^?]*", ""), form);
    }

    long count(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    static String message(String html) {
        Matcher m = Pattern.compile("ui-messages-error-summary\">([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : "(no message) " + html;
    }

    static String randomLoopback() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    /** The login form sent from a chosen loopback address (another « client address »), over plain sockets. */
    static WebClient.RawResponse formLoginFrom(String source, String login, String password) throws IOException {
        WebClient.RawResponse page = raw(source, "GET", "/login.xhtml", null, null);
        String cookie = page.headers().getOrDefault("set-cookie", "").split(";")[0];
        Matcher vs = VIEW_STATE.matcher(page.body());
        assertTrue(vs.find(), page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", vs.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return raw(source, "POST", "/login.xhtml", cookie, body);
    }

    static WebClient.RawResponse raw(String source, String method, String path, String cookie, String form)
            throws IOException {
        URI uri = URI.create(WebClient.BASE + path);
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(source, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(" HTTP/1.1\r\nHost: localhost:").append(uri.getPort()).append("\r\nConnection: close\r\n");
            if (cookie != null && !cookie.isEmpty()) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (form != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            head.append("\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            byte[] raw = socket.getInputStream().readAllBytes();
            int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            String[] lines = new String(raw, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] content = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                content = dechunk(content);
            }
            return new WebClient.RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    new String(content, StandardCharsets.UTF_8));
        }
    }

    static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] dechunk(byte[] chunked) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int i = 0;
        while (i < chunked.length) {
            int eol = indexOf(chunked, crlf, i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
