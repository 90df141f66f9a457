package fr.sillon.ejb.certificate;

import fr.sillon.domain.certificate.CertificateBatch;
import fr.sillon.domain.certificate.CertificateSnapshot;
import fr.sillon.domain.certificate.CertificateStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Read-models of the certificate context (what the screens and the REST API need). */
public final class CertificateViews {
    private CertificateViews() {
    }

    /** One line of the coordinator's list (never carries the PDF). */
    public record CertificateRow(long id, String number, long participantId, String participantName, long pathwayId,
                                 LocalDateTime issuedAt, String issuedBy, CertificateStatus status,
                                 LocalDateTime revokedAt, String revokeReason, String replacedByNumber) implements java.io.Serializable {
    }

    /** A pathway a certificate can be issued for, with how many valid certificates it already has. */
    public record IssuablePathway(long pathwayId, long participantId, String participantName, LocalDate entryDate,
                                  LocalDate exitDate, long validCertificates) implements java.io.Serializable {
    }

    /** A PDF to send. */
    public record Download(String number, String fileName, byte[] pdf) implements java.io.Serializable {
    }

    /** What the public verification page shows: the status, and what the certificate states (its snapshot). */
    public record PublicVerification(String number, CertificateStatus status, LocalDate issuedOn, LocalDate revokedOn,
                                     String replacedByNumber, CertificateSnapshot content) implements java.io.Serializable {
    }

    /** Answer to an uploaded PDF: is it an unaltered Sillon certificate, and which one. */
    public record UploadCheck(CertificateVerifier.Outcome outcome, boolean registered, PublicVerification certificate) implements java.io.Serializable {
        public boolean authentic() {
            return outcome == CertificateVerifier.Outcome.AUTHENTIC && registered;
        }
    }

    public record BatchProgress(long id, CertificateBatch.Status status, LocalDate from, LocalDate to, int total,
                                int issued, int skipped, int failed, int percent, String message) implements java.io.Serializable {
        public boolean finished() {
            return status == CertificateBatch.Status.DONE || status == CertificateBatch.Status.FAILED;
        }
    }
}
