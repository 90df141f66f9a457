package fr.sillon.ejb.certificate;

import fr.sillon.ejb.shared.TenantGuard;

import static fr.sillon.ejb.shared.Rows.*;

import static fr.sillon.ejb.shared.Roles.*;

import fr.sillon.domain.DomainException;
import fr.sillon.domain.NotFoundException;
import fr.sillon.domain.access.Role;
import fr.sillon.domain.certificate.Certificate;
import fr.sillon.domain.certificate.CertificateBatch;
import fr.sillon.domain.certificate.CertificateNumber;
import fr.sillon.domain.certificate.VerificationCode;
import fr.sillon.domain.certificate.CertificateSnapshot;
import fr.sillon.domain.certificate.CertificateStatus;
import fr.sillon.ejb.access.AuditService;
import fr.sillon.ejb.access.Caller;
import fr.sillon.ejb.access.CurrentCaller;
import fr.sillon.ejb.certificate.CertificateViews.BatchProgress;
import fr.sillon.ejb.certificate.CertificateViews.CertificateRow;
import fr.sillon.ejb.certificate.CertificateViews.Download;
import fr.sillon.ejb.certificate.CertificateViews.IssuablePathway;
import fr.sillon.ejb.pathway.PathwaySummaries;
import fr.sillon.ejb.pathway.PathwaySummaries.ListedPathway;
import fr.sillon.ejb.shared.Page;
import fr.sillon.ejb.certificate.CertificateViews.PublicVerification;
import fr.sillon.ejb.certificate.CertificateViews.UploadCheck;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skills certificates: preview, issue (frozen snapshot, number, signed PDF, SHA-256), revocation, re-issue, download
 * by the participant / an assigned referent / the structure's coordinators, public verification by number or by
 * uploaded PDF, and background batches for the exits of a period. Every query is scoped to the caller's structure;
 * another structure's or another person's certificate is answered as not found, and the attempt is audited.
 */
@Stateless
public class CertificateService {
    public static final int MAX_PAGE_SIZE = 200;
    /** Largest PDF accepted for verification (an issued certificate weighs about 60 KB). */
    public static final int MAX_UPLOAD = 5 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditService audit;
    @Inject
    TenantGuard guard;
    @Inject
    CertificateIssuer issuer;
    @Inject
    CertificateInfra infra;
    @Inject
    PublicPdfChecks publicChecks;
    @Inject
    PathwaySummaries pathways;
    @EJB
    CertificateBatchWorker worker;
    @Resource
    ManagedExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;

    // ------------------------------------------------------------------ coordinator

    /** Pathways of the structure, searched by name, with their count of valid certificates (latest entry first). */
    @RolesAllowed(COORDINATOR)
    public Page<IssuablePathway> issuablePathways(String search, int first, int max) {
        long structure = currentCaller.get().structure();
        Page<ListedPathway> page = pathways.pathways(structure, search, first, pageSize(max));
        Map<Long, Long> valid = new HashMap<>();
        List<Long> ids = page.rows().stream().map(ListedPathway::pathwayId).toList();
        if (!ids.isEmpty()) {
            for (Object o : em.createNativeQuery("""
                    select c.pathway_id, count(*) from certificate c
                    where c.structure_id = ?1 and c.status = 'VALID' and c.pathway_id in (?2) group by c.pathway_id""")
                    .setParameter(1, structure).setParameter(2, ids).getResultList()) {
                Object[] r = (Object[]) o;
                valid.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        List<IssuablePathway> rows = page.rows().stream().map(p -> new IssuablePathway(p.pathwayId(),
                p.participantId(), p.participantName(), p.entryDate(), p.exitDate(),
                valid.getOrDefault(p.pathwayId(), 0L))).toList();
        return new Page<>(rows, page.total());
    }

    /** What a certificate for this pathway would state today (nothing is saved). */
    @RolesAllowed(COORDINATOR)
    public CertificateSnapshot previewSnapshot(long pathwayId) {
        Caller caller = currentCaller.get();
        return inStructure(caller, "CERTIFICATE_PREVIEW", pathwayId,
                () -> issuer.snapshot(caller.structure(), pathwayId, LocalDate.now()));
    }

    /** The unsigned preview PDF of a certificate for this pathway (nothing is saved). */
    @RolesAllowed(COORDINATOR)
    public byte[] previewPdf(long pathwayId) {
        return infra.pdf().preview(previewSnapshot(pathwayId));
    }

    @RolesAllowed(COORDINATOR)
    public CertificateRow issue(long pathwayId) {
        Caller caller = currentCaller.get();
        Certificate c = inStructure(caller, "CERTIFICATE_ISSUE", pathwayId,
                () -> issuer.issue(caller.structure(), caller.login(), pathwayId, LocalDateTime.now()));
        audit.ok(caller, "CERTIFICATE_ISSUE", "Certificate", c.getId(), c.getNumber());
        return row(c.getId());
    }

    @RolesAllowed(COORDINATOR)
    public CertificateRow revoke(long certificateId, String reason) {
        Caller caller = currentCaller.get();
        Certificate c = ownCertificate(caller, certificateId, "CERTIFICATE_REVOKE");
        c.revoke(caller.login(), LocalDateTime.now(), reason);
        em.flush();
        audit.ok(caller, "CERTIFICATE_REVOKE", "Certificate", c.getId(), c.getNumber() + " : " + c.getRevokeReason());
        return row(c.getId());
    }

    /** Issues a new certificate (new number) for the same pathway; the old one verifies as replaced by it. */
    @RolesAllowed(COORDINATOR)
    public CertificateRow reissue(long certificateId, String reason) {
        Caller caller = currentCaller.get();
        Certificate old = ownCertificate(caller, certificateId, "CERTIFICATE_REISSUE");
        old.requireValid();
        Certificate.checkReason(reason);
        LocalDateTime now = LocalDateTime.now();
        Certificate fresh = issuer.issue(caller.structure(), caller.login(), old.getPathwayId(), now);
        old.replaceBy(fresh.getId(), caller.login(), now, reason);
        em.flush();
        audit.ok(caller, "CERTIFICATE_REISSUE", "Certificate", fresh.getId(),
                old.getNumber() + " remplacée par " + fresh.getNumber());
        return row(fresh.getId());
    }

    /** Certificates of the structure, latest first, searched by number or participant name. */
    @RolesAllowed(COORDINATOR)
    public Page<CertificateRow> list(String search, int first, int max) {
        long structure = currentCaller.get().structure();
        String like = "%" + (search == null ? "" : search.strip()) + "%";
        String where = " where c.structure_id = ?1 and (c.number like ?2 or "
                + PathwaySummaries.participantNameSql("c.participant_id") + " like ?2)";
        long total = ((Number) em.createNativeQuery("select count(*) from certificate c" + where)
                .setParameter(1, structure).setParameter(2, like).getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery(ROW_SELECT + where + " order by c.issued_at desc, c.id desc")
                .setParameter(1, structure).setParameter(2, like)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(max)).getResultList();
        return new Page<>(rows.stream().map(o -> toRow((Object[]) o)).toList(), total);
    }

    // ------------------------------------------------------------------ participant, referent

    /** The participant's own certificates, or those of the pathways assigned to a referent. */
    @RolesAllowed({PARTICIPANT, REFERENT})
    public List<CertificateRow> mine() {
        Caller caller = currentCaller.get();
        String where = caller.is(Role.PARTICIPANT)
                ? " where c.participant_id in " + PathwaySummaries.participantsOfAccountSql("?1")
                : " where c.pathway_id in " + PathwaySummaries.pathwaysOfReferentSql("?1");
        List<?> rows = em.createNativeQuery(ROW_SELECT + where + " order by c.issued_at desc, c.id desc")
                .setParameter(1, caller.userId()).setMaxResults(MAX_PAGE_SIZE).getResultList();
        return rows.stream().map(o -> toRow((Object[]) o)).toList();
    }

    /**
     * The signed PDF, for the participant it names, a referent assigned to its pathway, or a coordinator of its
     * structure; anyone else is answered "not found", and the attempt is audited.
     */
    @RolesAllowed({COORDINATOR, PARTICIPANT, REFERENT})
    public Download download(long certificateId) {
        Caller caller = currentCaller.get();
        String check = switch (caller.role()) {
            case COORDINATOR -> "c.structure_id = ?2";
            case PARTICIPANT -> "c.participant_id in " + PathwaySummaries.participantsOfAccountSql("?2");
            case REFERENT -> "c.pathway_id in " + PathwaySummaries.pathwaysOfReferentSql("?2");
            default -> "1 = 0";
        };
        Object key = caller.is(Role.COORDINATOR) ? caller.structure() : caller.userId();
        List<?> found = em.createNativeQuery("select c.number, c.pdf from certificate c where c.id = ?1 and " + check)
                .setParameter(1, certificateId).setParameter(2, key).getResultList();
        if (found.isEmpty()) {
            throw guard.refuse(caller, "CERTIFICATE_DOWNLOAD", "Certificate", certificateId, "attestation");
        }
        Object[] r = (Object[]) found.get(0);
        if (bytes(r[1]).length == 0) {
            throw new DomainException("certificate.anonymised", (String) r[0]);
        }
        audit.ok(caller, "CERTIFICATE_DOWNLOAD", "Certificate", certificateId, (String) r[0]);
        return new Download((String) r[0], "attestation-" + r[0] + ".pdf", bytes(r[1]));
    }

    // ------------------------------------------------------------------ public verification

    /**
     * Public: the status of a certificate and what it states, given its number and the verification code printed
     * beside it; empty when the number is unknown or the code is not its own (the same answer: nothing tells which).
     */
    @PermitAll
    public java.util.Optional<PublicVerification> verify(String number, String code) {
        String n = CertificateNumber.normalise(number);
        if (n == null || VerificationCode.normalise(code) == null) {
            return java.util.Optional.empty();
        }
        return publicView("c.number = ?1", n).filter(v -> VerificationCode.matches(v.code(), code));
    }

    /** Public: whether an uploaded file is an unaltered Sillon certificate, and its current status. */
    @PermitAll
    public UploadCheck verifyUpload(byte[] pdf) {
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_UPLOAD) {
            return new UploadCheck(CertificateVerifier.Outcome.NOT_SIGNED, false, null);
        }
        CertificateVerifier.Result result = publicChecks.run(() -> infra.pdf().verify(pdf));
        if (result.outcome() != CertificateVerifier.Outcome.AUTHENTIC) {
            return new UploadCheck(result.outcome(), false, null);
        }
        // the very bytes that were issued: the hash is indexed
        var view = publicView("c.sha256 = ?1", result.sha256());
        return new UploadCheck(result.outcome(), view.isPresent(), view.orElse(null));
    }

    private java.util.Optional<PublicVerification> publicView(String where, String value) {
        List<?> found = em.createNativeQuery("""
                select c.number, c.status, c.issued_at, c.revoked_at, r.number, c.snapshot, c.verification_code,
                       r.verification_code
                from certificate c left join certificate r on r.id = c.replaced_by_id where """ + " " + where)
                .setParameter(1, value).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] r = (Object[]) found.get(0);
        LocalDateTime revoked = dateTime(r[3]);
        return java.util.Optional.of(new PublicVerification((String) r[0], CertificateStatus.valueOf((String) r[1]),
                dateTime(r[2]).toLocalDate(), revoked == null ? null : revoked.toLocalDate(),
                (String) r[4], SnapshotJson.read(text(r[5])), (String) r[6], (String) r[7]));
    }

    // ------------------------------------------------------------------ batch

    /**
     * Starts issuing, in the background, a certificate for every exit of the period that has validated criteria and
     * no valid certificate yet. Returns at once; poll {@link #batch(long)} for the progress.
     */
    @RolesAllowed(COORDINATOR)
    public BatchProgress startBatch(LocalDate from, LocalDate to) {
        Caller caller = currentCaller.get();
        long structure = caller.structure();
        long running = ((Number) em.createQuery("""
                select count(b) from CertificateBatch b where b.structureId = :s
                and b.status in :unfinished and b.createdAt > :recent""")
                .setParameter("s", structure).setParameter("recent", LocalDateTime.now().minusHours(2))
                .setParameter("unfinished", List.of(CertificateBatch.Status.PENDING, CertificateBatch.Status.RUNNING))
                .getSingleResult()).longValue();
        if (running > 0) {
            throw new DomainException("certificate.batch.running");
        }
        CertificateBatch batch = new CertificateBatch(structure, caller.login(), from, to, LocalDateTime.now());
        em.persist(batch);
        em.flush();
        long id = batch.getId();
        String login = caller.login();
        audit.ok(caller, "CERTIFICATE_BATCH", "CertificateBatch", id, from + " → " + to);
        // start only once the batch row is committed, on a managed thread (never in the request)
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(() -> worker.run(id, structure, login));
                }
            }
        });
        return progress(batch);
    }

    @RolesAllowed(COORDINATOR)
    public BatchProgress batch(long batchId) {
        Caller caller = currentCaller.get();
        CertificateBatch b = guard.owned(caller, CertificateBatch.class, batchId, CertificateBatch::getStructureId,
                "CERTIFICATE_BATCH_READ", "lot");
        em.refresh(b);
        return progress(b);
    }

    // ------------------------------------------------------------------ helpers

    static BatchProgress progress(CertificateBatch b) {
        return new BatchProgress(b.getId(), b.getStatus(), b.getPeriodFrom(), b.getPeriodTo(), b.getTotal(),
                b.getIssued(), b.getSkipped(), b.getFailed(), b.percent(), b.getMessage());
    }

    private <T> T inStructure(Caller caller, String action, long pathwayId, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NotFoundException e) { // the pathway's structure, if it exists, sees the attempt
            audit.refusedOn(caller, action, "Pathway", pathwayId, pathways.structureOfPathway(pathwayId).orElse(null));
            throw e;
        }
    }

    private Certificate ownCertificate(Caller caller, long id, String action) {
        return guard.owned(caller, Certificate.class, id, Certificate::getStructureId, action, "attestation");
    }

    private static final String ROW_SELECT = "select c.id, c.number, c.participant_id, "
            + PathwaySummaries.participantNameSql("c.participant_id") + """
            , c.pathway_id, c.issued_at, c.issued_by, c.status, c.revoked_at, c.revoke_reason, r.number
            from certificate c
            left join certificate r on r.id = c.replaced_by_id""";

    private CertificateRow row(long id) {
        Object[] r = (Object[]) em.createNativeQuery(ROW_SELECT + " where c.id = ?1").setParameter(1, id)
                .getSingleResult();
        return toRow(r);
    }

    private static CertificateRow toRow(Object[] r) {
        return new CertificateRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                (String) r[3], ((Number) r[4]).longValue(), dateTime(r[5]), (String) r[6],
                CertificateStatus.valueOf((String) r[7]), dateTime(r[8]), (String) r[9],
                (String) r[10]);
    }

    private static byte[] bytes(Object o) {
        if (o instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (byte[]) o;
    }

    static String text(Object o) {
        if (o instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) o;
    }

    private static int pageSize(int max) {
        return max <= 0 ? 50 : Math.min(max, MAX_PAGE_SIZE);
    }
}
