package fr.sillon.it.certificate;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.access.Structure;
import fr.sillon.domain.access.UserAccount;
import fr.sillon.domain.assessment.Validation;
import fr.sillon.domain.assessment.ValidationStatus;
import fr.sillon.domain.pathway.ExitMotive;
import fr.sillon.domain.pathway.Pathway;
import fr.sillon.domain.pathway.PathwayExit;
import fr.sillon.domain.certificate.CertificateBatch;
import fr.sillon.domain.certificate.CertificateStatus;
import fr.sillon.ejb.access.PasswordHasher;
import fr.sillon.ejb.certificate.CertificateService;
import fr.sillon.ejb.pathway.PathwayRetentionJob;
import fr.sillon.ejb.certificate.CertificateVerifier;
import fr.sillon.ejb.certificate.CertificateViews.BatchProgress;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import fr.sillon.it.Deployments;
import fr.sillon.it.WebClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container against MariaDB, and over HTTP: issue, public verification (valid, then revoked; unknown → French
 * 404), re-issue (old number verifies as replaced), uploaded PDF check, download rights, background batch.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {
    static final String PASSWORD = "it-secret";
    static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CertificateIT.class, WebClient.class);
    }

    @PersistenceContext(unitName = "sillon")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    CertificateService certificates;
    @Inject
    PathwayRetentionJob retention;
    @Inject
    PasswordHasher hasher;

    /** A structure with a coordinator and two participants (with accounts), each on a pathway with validations. */
    record Fixture(String prefix, long structure, long pathway1, long pathway2) {
    }

    Fixture fixture(String name) throws Exception {
        String prefix = "it-cert-" + name + "-" + SEQ.incrementAndGet();
        tx.begin();
        try {
            Structure s = new Structure(prefix.toUpperCase(), "Jardins de l’Œuvre " + name);
            s.setCity("Saint-Étienne");
            s.setSignatoryName("Hélène Lefèvre");
            s.setSignatoryRole("Directrice");
            em.persist(s);
            String hash = hasher.hash(PASSWORD);
            UserAccount coord = new UserAccount(prefix + ".coord", hash, "Coordinatrice", Role.COORDINATOR, s);
            UserAccount u1 = new UserAccount(prefix + ".p1", hash, "Zoé Lœw", Role.PARTICIPANT, s);
            UserAccount u2 = new UserAccount(prefix + ".p2", hash, "Noël Çava", Role.PARTICIPANT, s);
            em.persist(coord);
            em.persist(u1);
            em.persist(u2);
            em.flush();
            long pw1 = pathway(s.getId(), u1.getId(), "Zoé", "Lœwenbrück", coord.getId());
            long pw2 = pathway(s.getId(), u2.getId(), "Noël", "Çavaillès", coord.getId());
            tx.commit();
            return new Fixture(prefix, s.getId(), pw1, pw2);
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private long pathway(long structure, long account, String first, String last, long coordId) {
        em.createNativeQuery("insert into participant (structure_id, user_account_id, first_name, last_name) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, structure).setParameter(2, account).setParameter(3, first).setParameter(4, last)
                .executeUpdate();
        long participant = lastId();
        em.createNativeQuery("insert into pathway (structure_id, participant_id, entry_date) values (?1, ?2, ?3)")
                .setParameter(1, structure).setParameter(2, participant)
                .setParameter(3, LocalDate.now().minusMonths(8)).executeUpdate();
        long pathway = lastId();
        em.createNativeQuery("insert into contract (structure_id, pathway_id, kind, start_date, planned_end, weekly_hours) "
                        + "values (?1, ?2, 'INITIAL', ?3, ?4, 26)")
                .setParameter(1, structure).setParameter(2, pathway).setParameter(3, LocalDate.now().minusMonths(8))
                .setParameter(4, LocalDate.now().plusMonths(4)).executeUpdate();
        for (String code : List.of("1.1.1", "2.1.2")) {
            long criterion = ((Number) em.createNativeQuery("""
                    select c.id from competency c join framework f on f.id = c.framework_id
                    where f.code = 'CLEA' and f.structure_id is null and c.code = ?1""")
                    .setParameter(1, code).getSingleResult()).longValue();
            // the evidence a validation needs (the domain refuses one without): three observations on three days
            List<Long> evidence = new java.util.ArrayList<>();
            for (int day = 1; day <= 3; day++) {
                em.createNativeQuery("insert into observation (uuid, structure_id, participant_id, competency_id, "
                                + "level_rank, observed_on, observer_id) values (?1, ?2, ?3, ?4, 3, ?5, ?6)")
                        .setParameter(1, java.util.UUID.randomUUID().toString()).setParameter(2, structure)
                        .setParameter(3, participant).setParameter(4, criterion)
                        .setParameter(5, LocalDate.now().minusDays(7L * day)).setParameter(6, coordId).executeUpdate();
                evidence.add(lastId());
            }
            em.persist(new Validation(structure, participant, criterion, ValidationStatus.VALIDATED, coordId,
                    java.time.LocalDateTime.now(), null, evidence));
        }
        return pathway;
    }

    /** The verification code printed on a certificate (read as the holder would read it on the PDF). */
    private String codeOf(String number) throws Exception {
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF((byte[]) em.createNativeQuery(
                "select pdf from certificate where number = ?1").setParameter(1, number).getSingleResult())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/verify/" + number + "/([0-9A-Z]{5}-[0-9A-Z]{5})")
                .matcher(text.replaceAll("\\s+", ""));
        assertTrue(m.find(), "the PDF prints its verification address with the code:\n" + text);
        String stored = (String) em.createNativeQuery("select verification_code from certificate where number = ?1")
                .setParameter(1, number).getSingleResult();
        assertEquals(stored, m.group(1));
        return m.group(1);
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    /**
     * Runs as an account on a fresh thread: the caller is resolved once per request scope (a test method is one
     * request), so each identity gets its own scope, as a real request would.
     */
    static <T> T as(String login, Set<String> roles, Callable<T> action) throws Exception {
        org.wildfly.security.auth.server.SecurityIdentity identity = org.wildfly.security.auth.server.SecurityDomain
                .getCurrent().createAdHocIdentity(login)
                .withDefaultRoleMapper(org.wildfly.security.authz.RoleMapper.constant(
                        org.wildfly.security.authz.Roles.fromSet(roles)));
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> identity.runAs(action)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            thread.shutdown();
        }
    }

    static org.wildfly.security.auth.server.SecurityIdentity identity(String login, Set<String> roles) {
        return org.wildfly.security.auth.server.SecurityDomain.getCurrent().createAdHocIdentity(login)
                .withDefaultRoleMapper(org.wildfly.security.authz.RoleMapper.constant(
                        org.wildfly.security.authz.Roles.fromSet(roles)));
    }

    static <T> T coord(Fixture f, Callable<T> action) throws Exception {
        return as(f.prefix() + ".coord", Set.of("COORDINATOR", "SUPERVISOR"), action);
    }

    static <T> T participant(Fixture f, int n, Callable<T> action) throws Exception {
        return as(f.prefix() + ".p" + n, Set.of("PARTICIPANT"), action);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return new WebClient().get(path);
    }

    static HttpResponse<byte[]> getBytes(String path, String login) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(WebClient.BASE + path)).GET();
        if (login != null) {
            b.header("Authorization", "Bearer " + new WebClient().token(login, PASSWORD));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ------------------------------------------------------------------ tests

    @Test
    void verifySaysValidThenRevoked() throws Exception {
        Fixture f = fixture("verify");
        CertificateRow issued = coord(f, () -> certificates.issue(f.pathway1()));
        assertTrue(issued.number().matches("SIL-\\d{4}-\\d{6}"), issued.number());
        assertEquals(CertificateStatus.VALID, issued.status());

        String code = codeOf(issued.number());
        HttpResponse<String> page = get("/verify/" + issued.number() + "/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Attestation valide"), page.body());
        assertTrue(page.body().contains("Zoé Lœwenbrück"), "states the holder's name");
        assertTrue(page.body().contains("Porter attention aux propos tenus"), "states the criteria");
        assertFalse(page.body().contains("Noël"), "nothing about anyone else");

        CertificateRow revoked = coord(f, () -> certificates.revoke(issued.id(), "Erreur de saisie sur le parcours"));
        assertEquals(CertificateStatus.REVOKED, revoked.status());
        page = get("/verify/" + issued.number() + "/" + code.toLowerCase().replace("-", ""));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Attestation révoquée"), "the code as typed from paper: " + page.body());
        assertFalse(page.body().contains("Erreur de saisie"), "the internal reason is not public");
    }

    @Test
    void withoutItsCodeANumberTellsNothingAboutItsHolder() throws Exception {
        Fixture f = fixture("code");
        CertificateRow issued = coord(f, () -> certificates.issue(f.pathway1()));
        String code = codeOf(issued.number());
        assertEquals(200, get("/verify/" + issued.number() + "/" + code).statusCode(), "the right code opens it");

        HttpResponse<String> noCode = get("/verify/" + issued.number());
        HttpResponse<String> unknownNoCode = get("/verify/SIL-2099-999999");
        for (HttpResponse<String> page : List.of(noCode, unknownNoCode)) {
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Code de vérification demandé"), page.body());
            assertFalse(page.body().contains("Lœwenbrück") || page.body().contains("Attestation valide")
                    || page.body().contains("introuvable"), "nothing tells whether it exists, nor whose it is");
        }
        String other = code.startsWith("0") ? "1" + code.substring(1) : "0" + code.substring(1);
        for (String path : List.of("/verify/" + issued.number() + "/" + other, "/verify/SIL-2099-999999/" + code,
                "/verify/" + issued.number() + "/pas-un-code", "/verify/nimporte-quoi/" + code)) {
            HttpResponse<String> page = get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("Attestation introuvable"), page.body());
            assertTrue(page.body().contains("Aucune attestation Sillon ne correspond au numéro et au code"), page.body());
            assertFalse(page.body().contains("Lœwenbrück"), path);
        }
        assertTrue(certificates.verify(issued.number(), other).isEmpty());
        assertTrue(certificates.verify(issued.number(), null).isEmpty());
    }

    @Test
    void anonymisationLeavesACertificateThatExistedWithNoName() throws Exception {
        Fixture f = fixture("anonymise");
        CertificateRow issued = coord(f, () -> certificates.issue(f.pathway1()));
        String code = codeOf(issued.number());
        tx.begin();
        Pathway pw = em.find(Pathway.class, f.pathway1());
        pw.markExited();
        em.persist(new PathwayExit(pw, LocalDate.now().minusDays(3), ExitMotive.CDI_OTHER_EMPLOYER, null, "it"));
        tx.commit();
        // the retention job as it will run 25 months later (exit + 24 months passed)
        assertEquals(1, as("admin", Set.of("ADMIN"),
                () -> retention.anonymiseExpired(LocalDate.now().plusMonths(25), f.structure())));

        HttpResponse<String> page = get("/verify/" + issued.number() + "/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Attestation valide") && page.body().contains("Personne anonymisée"), page.body());
        assertTrue(page.body().contains("Les données de la personne ont été effacées"), page.body());
        assertFalse(page.body().contains("Lœwenbrück") || page.body().contains("Zoé"), "no name left");
        assertTrue(page.body().contains("Porter attention aux propos tenus"), "what it states stays");
        String snapshot = (String) em.createNativeQuery("select snapshot from certificate where id = ?1")
                .setParameter(1, issued.id()).getSingleResult();
        assertFalse(snapshot.contains("Lœwenbrück") || snapshot.contains("Zoé"), snapshot);
        assertEquals(0, ((Number) em.createNativeQuery("select length(pdf) from certificate where id = ?1")
                .setParameter(1, issued.id()).getSingleResult()).intValue(), "the PDF printing the name is erased");
        DomainException gone = assertThrows(DomainException.class, () -> coord(f, () -> certificates.download(issued.id())));
        assertEquals("certificate.anonymised", gone.getKey());
        // the other participant of the structure keeps everything
        CertificateRow other = coord(f, () -> certificates.issue(f.pathway2()));
        assertTrue(get("/verify/" + other.number() + "/" + codeOf(other.number())).body().contains("Çavaillès"));
    }

    @Test
    void reissueGivesANewNumberAndTheOldOneVerifiesAsReplaced() throws Exception {
        Fixture f = fixture("reissue");
        CertificateRow first = coord(f, () -> certificates.issue(f.pathway1()));
        CertificateRow second = coord(f, () -> certificates.reissue(first.id(), "Nouveaux critères validés"));
        assertNotEquals(first.number(), second.number());
        var old = certificates.verify(first.number(), codeOf(first.number())).orElseThrow();
        assertEquals(CertificateStatus.REPLACED, old.status());
        assertEquals(second.number(), old.replacedByNumber());
        assertEquals(codeOf(second.number()), old.replacedByCode(), "the link to the new one works");
        assertEquals(CertificateStatus.VALID, certificates.verify(second.number(), codeOf(second.number())).orElseThrow().status());
        HttpResponse<String> page = get("/verify/" + first.number() + "/" + codeOf(first.number()));
        assertTrue(page.body().contains("Attestation remplacée"), page.body());
        assertTrue(page.body().contains(second.number()), page.body());
    }

    @Test
    void participantDownloadsOwnCertificateOnlyAndUploadIsChecked() throws Exception {
        Fixture f = fixture("download");
        CertificateRow mine = coord(f, () -> certificates.issue(f.pathway1()));
        CertificateRow theirs = coord(f, () -> certificates.issue(f.pathway2()));

        HttpResponse<byte[]> own = getBytes("/api/v1/certificates/" + mine.id() + "/pdf", f.prefix() + ".p1");
        assertEquals(200, own.statusCode());
        assertEquals("%PDF", new String(own.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<byte[]> other = getBytes("/api/v1/certificates/" + theirs.id() + "/pdf", f.prefix() + ".p1");
        assertEquals(404, other.statusCode(), "another participant's certificate is not found");
        assertThrows(NotFoundException.class, () -> participant(f, 1, () -> certificates.download(theirs.id())));
        assertEquals(List.of(mine.id()), participant(f, 1, () -> certificates.mine()).stream()
                .map(CertificateRow::id).toList());
        tx.begin();
        long refused = ((Number) em.createNativeQuery("select count(*) from audit_entry where actor_login = ?1 "
                        + "and action = 'CERTIFICATE_DOWNLOAD' and outcome = 'REFUSED'")
                .setParameter(1, f.prefix() + ".p1").getSingleResult()).longValue();
        tx.commit();
        assertTrue(refused >= 2, "refusals are audited");

        // the downloaded file is an unaltered Sillon certificate; one changed byte and it is not
        var check = certificates.verifyUpload(own.body());
        assertTrue(check.authentic());
        assertEquals(mine.number(), check.certificate().number());
        byte[] altered = own.body().clone();
        altered[altered.length / 3] ^= 0x20;
        var bad = certificates.verifyUpload(altered);
        assertFalse(bad.authentic());
        assertEquals(CertificateVerifier.Outcome.ALTERED, bad.outcome());
    }

    @Test
    void assignedReferentDownloadsOnlyTheFollowedPathways() throws Exception {
        Fixture f = fixture("referent");
        CertificateRow followed = coord(f, () -> certificates.issue(f.pathway1()));
        CertificateRow other = coord(f, () -> certificates.issue(f.pathway2()));
        String login = f.prefix() + ".ref";
        tx.begin();
        UserAccount referent = new UserAccount(login, hasher.hash(PASSWORD), "Référente", Role.REFERENT, null);
        em.persist(referent);
        em.flush();
        em.createNativeQuery("insert into referent_assignment (pathway_id, referent_id, consent_recorded_on, assigned_by) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, f.pathway1()).setParameter(2, referent.getId()).setParameter(3, LocalDate.now())
                .setParameter(4, f.prefix() + ".coord").executeUpdate();
        tx.commit();
        Callable<List<CertificateRow>> mine = () -> certificates.mine();
        assertEquals(List.of(followed.id()), as(login, Set.of("REFERENT"), mine).stream()
                .map(CertificateRow::id).toList());
        assertEquals(followed.number(), as(login, Set.of("REFERENT"),
                () -> certificates.download(followed.id())).number());
        assertThrows(NotFoundException.class, () -> as(login, Set.of("REFERENT"),
                () -> certificates.download(other.id())));
        assertEquals(404, getBytes("/api/v1/certificates/" + other.id() + "/pdf", login).statusCode());
        assertEquals(200, getBytes("/api/v1/certificates/" + followed.id() + "/pdf", login).statusCode());
    }

    @Test
    void numbersAreUniqueWhenCertificatesAreIssuedAtTheSameTime() throws Exception {
        Fixture a = fixture("concurrent-a");
        Fixture b = fixture("concurrent-b");
        var coordA = identity(a.prefix() + ".coord", Set.of("COORDINATOR", "SUPERVISOR"));
        var coordB = identity(b.prefix() + ".coord", Set.of("COORDINATOR", "SUPERVISOR"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        // the four issues wait at one barrier and leave together
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
        try {
            List<java.util.concurrent.Future<CertificateRow>> issued = new java.util.ArrayList<>();
            for (var call : List.<Callable<CertificateRow>>of(
                    () -> coordA.runAs((Callable<CertificateRow>) () -> certificates.issue(a.pathway1())),
                    () -> coordA.runAs((Callable<CertificateRow>) () -> certificates.issue(a.pathway2())),
                    () -> coordB.runAs((Callable<CertificateRow>) () -> certificates.issue(b.pathway1())),
                    () -> coordB.runAs((Callable<CertificateRow>) () -> certificates.issue(b.pathway2())))) {
                issued.add(pool.submit(() -> {
                    together.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            Set<String> numbers = new java.util.HashSet<>();
            for (var future : issued) {
                numbers.add(future.get(120, java.util.concurrent.TimeUnit.SECONDS).number());
            }
            assertEquals(4, numbers.size(), String.valueOf(numbers));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void pagesRenderForTheCoordinatorAndTheParticipant() throws Exception {
        Fixture f = fixture("pages");
        CertificateRow mine = coord(f, () -> certificates.issue(f.pathway1()));
        CertificateRow theirs = coord(f, () -> certificates.issue(f.pathway2()));

        WebClient coordinator = new WebClient();
        coordinator.login(f.prefix() + ".coord", PASSWORD);
        HttpResponse<String> page = coordinator.get("/coordinator/certificates.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Attestations délivrées"), page.body());
        assertTrue(page.body().contains("Zoé Lœwenbrück"), "pathways to issue for");
        assertTrue(page.body().contains(mine.number()) && page.body().contains(theirs.number()), "issued list");

        WebClient participant = new WebClient();
        participant.login(f.prefix() + ".p1", PASSWORD);
        page = participant.get("/participant/certificates.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(mine.number()), page.body());
        assertFalse(page.body().contains(theirs.number()), "never another participant's certificate");
        assertEquals(403, participant.get("/coordinator/certificates.xhtml").statusCode());

        HttpResponse<String> form = new WebClient().get("/verify");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Vérifier un fichier PDF"), form.body());
    }

    @Test
    void anotherStructureSeesNothing() throws Exception {
        Fixture a = fixture("tenant-a");
        Fixture b = fixture("tenant-b");
        CertificateRow issued = coord(a, () -> certificates.issue(a.pathway1()));
        assertThrows(NotFoundException.class, () -> coord(b, () -> certificates.download(issued.id())));
        assertThrows(NotFoundException.class, () -> coord(b, () -> certificates.revoke(issued.id(), "motif")));
        assertThrows(NotFoundException.class, () -> coord(b, () -> certificates.issue(a.pathway2())));
        assertEquals(0, coord(b, () -> certificates.list(null, 0, 50)).total());
    }

    @Test
    void batchIssuesTheExitsOfThePeriodInTheBackground() throws Exception {
        Fixture f = fixture("batch");
        tx.begin();
        for (long pathway : List.of(f.pathway1(), f.pathway2())) { // exits as the domain records them
            Pathway pw = em.find(Pathway.class, pathway);
            pw.markExited();
            em.persist(new PathwayExit(pw, LocalDate.now().minusDays(3), ExitMotive.CDI_OTHER_EMPLOYER, null,
                    f.prefix() + ".coord"));
        }
        tx.commit();
        BatchProgress started = coord(f, () -> certificates.startBatch(LocalDate.now().minusDays(10), LocalDate.now()));
        BatchProgress progress = started;
        long deadline = System.currentTimeMillis() + 60_000;
        while (!progress.finished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            progress = coord(f, () -> certificates.batch(started.id()));
        }
        assertEquals(CertificateBatch.Status.DONE, progress.status(), String.valueOf(progress));
        assertEquals(2, progress.total());
        assertEquals(2, progress.issued());
        assertEquals(100, progress.percent());
        assertEquals(2, coord(f, () -> certificates.list(null, 0, 50)).total());
    }
}
