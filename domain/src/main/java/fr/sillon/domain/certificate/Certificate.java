package fr.sillon.domain.certificate;

import fr.sillon.domain.DomainException;
import jakarta.persistence.*;
import java.time.LocalDateTime;

/**
 * An issued skills certificate: its number, the frozen snapshot of what it states (JSON), the signed PDF and
 * its SHA-256. Never deleted; it can only be revoked or replaced by a re-issue.
 */
@Entity
@Table(name = "certificate")
public class Certificate {
    public static final int REASON_MAX = 500;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "structure_id", nullable = false, updatable = false)
    private Long structureId;
    @Column(nullable = false, length = 30, unique = true, updatable = false)
    private String number;
    /** {@link VerificationCode}: printed beside the number; the public page needs it. */
    @Column(name = "verification_code", nullable = false, updatable = false, columnDefinition = "CHAR(11)")
    private String verificationCode;
    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;
    @Column(name = "pathway_id", nullable = false, updatable = false)
    private Long pathwayId;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;
    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;
    /** JSON of {@link CertificateSnapshot}. */
    @Lob
    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String snapshot;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;
    @Column(nullable = false, updatable = false, columnDefinition = "CHAR(64)")
    private String sha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CertificateStatus status = CertificateStatus.VALID;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoked_by", length = 100)
    private String revokedBy;
    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;
    @Column(name = "replaced_by_id")
    private Long replacedById;
    @Version
    private int version;

    protected Certificate() {
    }

    public Certificate(long structureId, String number, long participantId, long pathwayId, LocalDateTime issuedAt,
                       String issuedBy, String snapshotJson, byte[] pdf, String sha256, String verificationCode) {
        if (!CertificateNumber.isWellFormed(number)) {
            throw new DomainException("certificate.number.invalid", number);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new DomainException("certificate.hash.invalid");
        }
        if (VerificationCode.normalise(verificationCode) == null) {
            throw new DomainException("certificate.code.invalid");
        }
        this.structureId = structureId;
        this.number = number;
        this.verificationCode = VerificationCode.normalise(verificationCode);
        this.participantId = participantId;
        this.pathwayId = pathwayId;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.snapshot = snapshotJson;
        this.pdf = pdf;
        this.sha256 = sha256;
    }

    /** Revokes a valid certificate; it then verifies as revoked, with the date (the reason stays internal). */
    public void revoke(String by, LocalDateTime at, String reason) {
        requireValid();
        String r = checkReason(reason);
        this.status = CertificateStatus.REVOKED;
        stamp(by, at, r);
    }

    /** Marks a valid certificate as replaced by a re-issue (which has its own new number). */
    public void replaceBy(long newCertificateId, String by, LocalDateTime at, String reason) {
        requireValid();
        if (id != null && id == newCertificateId) {
            throw new DomainException("certificate.replace.self");
        }
        String r = checkReason(reason);
        this.status = CertificateStatus.REPLACED;
        this.replacedById = newCertificateId;
        stamp(by, at, r);
    }

    /** Checks that a reason is given before anything else is done (revocation, re-issue). */
    public static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("certificate.reason.required");
        }
        String r = reason.strip();
        if (r.length() > REASON_MAX) {
            throw new DomainException("certificate.reason.tooLong", REASON_MAX);
        }
        return r;
    }

    public void requireValid() {
        if (status != CertificateStatus.VALID) {
            throw new DomainException("certificate.notValid", number, status);
        }
    }

    private void stamp(String by, LocalDateTime at, String reason) {
        this.revokeReason = reason;
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public Long getId() { return id; }
    public Long getStructureId() { return structureId; }
    public String getVerificationCode() { return verificationCode; }
    public String getNumber() { return number; }
    public Long getParticipantId() { return participantId; }
    public Long getPathwayId() { return pathwayId; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public String getSnapshot() { return snapshot; }
    public byte[] getPdf() { return pdf; }
    public String getSha256() { return sha256; }
    public CertificateStatus getStatus() { return status; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getRevokeReason() { return revokeReason; }
    public Long getReplacedById() { return replacedById; }
    public int getVersion() { return version; }
}
